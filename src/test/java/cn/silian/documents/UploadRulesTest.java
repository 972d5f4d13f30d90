package cn.silian.documents;

import cn.silian.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadRulesTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void pathsAreCutToTheLastSegment() {
        assertThat(UploadRules.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadRules.fileName("C:\\Users\\x\\报告.pdf")).isEqualTo("报告.pdf");
        assertThat(UploadRules.fileName("..\\...报告")).isEqualTo("报告");
        assertThat(UploadRules.fileName("报告..pdf")).isEqualTo("报告.pdf");
    }

    @Test
    void nothingUsableLeftIsRefused() {
        for (String name : new String[]{"", "   ", "..", "../", "dir/", null, "\u202E"}) {
            assertThatThrownBy(() -> UploadRules.fileName(name)).as(String.valueOf(name))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("documents.name-empty"));
        }
    }

    @Test
    void controlAndDirectionCharactersAreRemovedChineseIsKept() {
        assertThat(UploadRules.fileName("发票\u202Efdp.exe")).isEqualTo("发票fdp.exe");
        assertThat(UploadRules.fileName("a\u2066b\u2069c\u0000d\n.txt")).isEqualTo("abcd.txt");
        assertThat(UploadRules.fileName("会议纪要：第一次.docx")).isEqualTo("会议纪要：第一次.docx");
        assertThat(UploadRules.fileName("a:b?.txt")).isEqualTo("a_b_.txt");
    }

    @Test
    void longNamesKeepTheirExtension() {
        String name = UploadRules.fileName("长".repeat(300) + ".pdf");
        assertThat(name).hasSize(UploadRules.NAME_MAX).endsWith("长.pdf");
    }

    @Test
    void aRealPdfIsAccepted() {
        assertThat(UploadRules.contentType(stream(PDF), "报告.pdf")).isEqualTo("application/pdf");
        // the content decides, not the name
        assertThat(UploadRules.contentType(stream(PDF), "报告.txt")).isEqualTo("application/pdf");
    }

    @Test
    void executablesRenamedPdfAreRefused() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
        for (byte[] bytes : new byte[][]{exe, elf}) {
            assertThatThrownBy(() -> UploadRules.contentType(stream(bytes), "报告.pdf"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("documents.type-not-allowed"));
        }
    }

    @Test
    void htmlIsRefusedPlainTextAllowed() {
        assertThat(UploadRules.contentType(stream("会议通知\n明天九点".getBytes(StandardCharsets.UTF_8)), "通知.txt"))
                .isEqualTo("text/plain");
        assertThatThrownBy(() -> UploadRules.contentType(
                stream("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), "a.txt"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void emptyFilesAreRefused() {
        assertThatThrownBy(() -> UploadRules.contentType(stream(new byte[0]), "a.pdf"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("documents.empty-file"));
    }

    @Test
    void theStreamIsLeftAtItsStart() throws Exception {
        InputStream in = stream(PDF);
        UploadRules.contentType(in, "a.pdf");
        assertThat(in.readAllBytes()).isEqualTo(PDF);
    }

    static InputStream stream(byte[] bytes) {
        return new BufferedInputStream(new ByteArrayInputStream(bytes));
    }
}
