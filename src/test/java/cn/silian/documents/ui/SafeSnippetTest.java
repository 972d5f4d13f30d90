package cn.silian.documents.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A search hit's snippet is rendered as HTML: nothing but its <mark> tags may be markup. */
class SafeSnippetTest {

    @Test
    void scriptsAndEventHandlersAreNeverRendered() {
        String hostile = "会议<script>alert(1)</script> <img src=x onerror=alert(2)> <mark>加装电梯</mark>"
                + " <a href=\"javascript:alert(3)\">链接</a>";

        String safe = DocumentLibraryView.safeSnippet(hostile);

        assertThat(safe).doesNotContain("<script").doesNotContain("onerror").doesNotContain("<img")
                .doesNotContain("javascript:").doesNotContain("<a ");
        assertThat(safe).contains("<mark>加装电梯</mark>").contains("会议").contains("链接");
    }

    @Test
    void escapedTextStaysEscaped() {
        assertThat(DocumentLibraryView.safeSnippet("a &lt;script&gt; b")).isEqualTo("a &lt;script&gt; b");
    }
}
