package cn.silian.browser;

import cn.silian.TestUsers;
import cn.silian.documents.DocumentLinks;
import cn.silian.documents.DocumentService;
import cn.silian.documents.Space;
import cn.silian.security.AccountService;
import cn.silian.topics.GroupService;
import cn.silian.topics.MyGroup;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared documents in a real browser: a group member uploads a PDF, finds it by a Chinese word
 * inside its text, downloads it, and gets exactly the bytes he uploaded.
 */
class DocumentsIT extends BrowserTestBase {

    @Autowired AccountService accounts;
    @Autowired GroupService groups;
    @Autowired DocumentService documents;
    @Autowired DocumentLinks links;

    /** The demo group the account "deputy" works in. */
    private static final String GROUP = "加装电梯协调组";
    private static final String FILE = "夜间接待试点方案（浏览器测试）.pdf";
    private static final String TITLE = "夜间接待试点方案（浏览器测试）";

    @Test
    void aMemberUploadsAPdfFindsItByAChineseWordInItsTextAndDownloadsTheSameBytes() throws Exception {
        Path pdf = Files.createTempDirectory("silian-it").resolve(FILE);
        writePdf(pdf, "本方案由加装电梯协调组起草。",
                "拟在三个社区的人大代表联络站试行晚间接待群众，每周三晚七点至九点。");
        String uploaded = sha256(Files.readAllBytes(pdf));

        login("deputy");
        page.navigate(url("groups"));
        page.locator("vaadin-grid a", new Page.LocatorOptions().setHasText(GROUP)).first().click();
        page.locator("h2", new Page.LocatorOptions().setHasText(GROUP)).waitFor();
        page.locator("a.documents-link").click();
        page.locator("h2", new Page.LocatorOptions().setHasText("课题小组文档")).waitFor();
        assertThat(page.getByText("涉密材料严禁上传").first()).isVisible();
        assertAccessible("a group's documents");

        page.locator("vaadin-upload input[type=file]").first().setInputFiles(pdf);
        assertThat(page.getByText("“" + FILE + "”已上传").first()).isVisible();
        Locator row = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(TITLE)).first();
        row.waitFor();
        screenshot("documents-group");

        // "晚间" stands inside the longer word "晚间接待" of the PDF's body, not in its title
        page.navigate(url("documents"));
        Locator query = page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText("搜索文档")))).locator("input").first();
        query.fill("晚间");
        query.press("Enter");
        Locator hit = page.locator(".search-hit", new Page.LocatorOptions().setHasText(TITLE)).first();
        hit.waitFor();
        assertThat(hit.locator("mark").first()).containsText("晚间");
        assertAccessible("search results");
        screenshot("documents-search");

        hit.locator("a.hit-title").click();
        page.locator("h2", new Page.LocatorOptions().setHasText(GROUP)).waitFor();
        Locator link = page.locator("a.download-link[aria-label='下载 " + TITLE + "']").first();
        Download download = page.waitForDownload(link::click);
        assertThat(download.suggestedFilename()).isEqualTo(FILE);
        assertThat(sha256(Files.readAllBytes(download.path()))).isEqualTo(uploaded);
    }

    @Test
    void anOutsiderNeitherFindsNorOpensTheGroupsDocuments() {
        long group = TestUsers.as(accounts, "deputy", () -> groups.myGroups().stream()
                .filter(g -> g.groupName().equals(GROUP)).map(MyGroup::groupId).findFirst().orElseThrow());
        long report = TestUsers.as(accounts, "deputy", () -> documents.page(Space.group(group), null,
                PageRequest.of(0, 1)).getContent().getFirst().id());
        // signed for npc herself, so that only her right to the document can stop her
        String file = TestUsers.as(accounts, "npc", () -> links.href(report, 1, DocumentLinks.Mode.SAVE));

        login("npc");
        page.navigate(url("documents"));
        Locator query = page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText("搜索文档")))).locator("input").first();
        query.fill("电梯");
        query.press("Enter");
        // npc is invited to the joint meeting that holds the final report, but not in the group
        assertThat(page.locator(".search-hit").first()).isVisible();
        assertThat(page.locator(".search-hit", new Page.LocatorOptions().setHasText(GROUP))).hasCount(0);
        assertAccessible("library for a deputy");

        page.navigate(url("documents/group/" + group));
        assertThat(page.locator("h2")).hasText("未找到");
        assertThat(page.getByText("涉密材料严禁上传")).hasCount(0);
        assertThat(page.request().get(url(file)).status()).isEqualTo(404);
    }

    @Test
    void theOfficeWorksWithVersionsPreviewAndTheBinOnAPhoneToo() {
        login("office");
        page.navigate(url("documents"));
        page.locator("h3", new Page.LocatorOptions().setHasText("工委资料库")).waitFor();
        Locator guide = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("代表履职工作手册")).first();
        guide.waitFor();
        assertAccessible("documents and the library, as the office");

        page.locator("vaadin-button[aria-label$='的版本']").first().click();
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("SHA-256")).first().waitFor();
        assertAccessible("versions dialog");
        page.keyboard().press("Escape");

        page.locator("vaadin-button[aria-label^='预览']").first().click();
        Locator frame = page.locator("vaadin-dialog-overlay iframe, vaadin-dialog iframe").first();
        frame.waitFor();
        assertThat(frame.getAttribute("src")).startsWith("files/").contains("m=v");
        page.keyboard().press("Escape");

        page.navigate(url("documents/bin"));
        page.locator("h2", new Page.LocatorOptions().setHasText("回收站")).waitFor();
        assertAccessible("bin");

        page.setViewportSize(390, 844);
        page.navigate(url("documents"));
        guide.waitFor();
        assertAccessible("documents on a phone");
        screenshot("documents-phone");
    }

    private static void writePdf(Path file, String... paragraphs) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            Document pdf = new Document();
            PdfWriter.getInstance(pdf, out);
            pdf.open();
            Font font = new Font(BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED), 12);
            for (String p : paragraphs) {
                pdf.add(new Paragraph(p, font));
            }
            pdf.close();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
