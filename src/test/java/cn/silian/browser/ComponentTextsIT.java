package cn.silian.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Vaadin's components say by themselves — to screen readers, on a lost connection, in an
 * upload's file list — is Chinese in the Chinese UI, and never a wrong reason.
 */
class ComponentTextsIT extends BrowserTestBase {

    @Test
    void theLoginPagesShowPasswordButtonIsNamedInChinese() {
        page.navigate(url("login"));
        Locator reveal = page.locator("vaadin-login-form vaadin-password-field-button");
        assertThat(reveal).hasAttribute("aria-label", "显示密码");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("显示密码"))).hasCount(1);
    }

    @Test
    void aGridSorterIsNamedInChinese() {
        login("deputy");
        page.navigate(url("deputies"));
        Locator sorter = page.locator("vaadin-grid-sorter", new Page.LocatorOptions().setHasText("姓名")).first();
        assertThat(sorter).hasAttribute("aria-label", "按姓名排序");
        waitForVaadin();
        assertThat(page.locator("vaadin-grid-sorter[aria-label^='Sort by']")).hasCount(0);
    }

    @Test
    void aMultiSelectPickerAnnouncesItsSelectionInChinese() {
        login("office");
        page.navigate(url("deputies/new"));
        Locator picker = page.locator("vaadin-multi-select-combo-box").filter(new Locator.FilterOptions()
                .setHas(page.locator("label", new Page.LocatorOptions().setHasText("专业特长")))).first();
        picker.locator("input").click();
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("经济")).first().click();
        Locator announcer = page.locator("body > div[aria-live]", new Page.LocatorOptions().setHasText("经济"));
        assertThat(announcer).hasText("经济 已加入所选 已选 1 项");
    }

    @Test
    void onAPhoneTheMenuDrawerIsNamedInChinese() {
        page.setViewportSize(390, 800);
        login("deputy");
        assertThat(page.locator("vaadin-app-layout [part=drawer]")).hasAttribute("aria-label", "侧边菜单");
    }

    @Test
    void aLostConnectionIsToldInChinese() {
        login("deputy");
        waitForVaadin();
        assertThat(page.evaluate("() => window.Vaadin.connectionIndicator.reconnectingText"))
                .isEqualTo("与服务器的连接已断开，正在重新连接…");
        assertThat(page.evaluate("() => window.Vaadin.connectionIndicator.offlineText")).isEqualTo("与服务器的连接已断开");
        assertThat(page.evaluate("() => window.Vaadin.connectionIndicator.onlineText")).isEqualTo("连接已恢复");

        context.setOffline(true);
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("代表名录")).first().click();
        page.waitForFunction("() => { const i = window.Vaadin.connectionIndicator;"
                + " return (i.shadowRoot || i).textContent.includes('与服务器的连接已断开'); }");
        assertThat((String) page.evaluate("() => { const i = window.Vaadin.connectionIndicator;"
                + " return (i.shadowRoot || i).textContent; }")).doesNotContain("Connection");
        screenshot("connection-lost");
        context.setOffline(false);
    }

    /** The file's row gives the server's reason; before, it said the user had no permission. */
    @Test
    void aRefusedFilesRowSaysWhyItWasRefused() {
        login("deputy");
        page.navigate(url("groups"));
        page.locator("vaadin-grid a", new Page.LocatorOptions().setHasText("加装电梯协调组")).first().click();
        page.locator("a.documents-link").click();
        page.locator("h2", new Page.LocatorOptions().setHasText("课题小组文档")).waitFor();

        // a program dressed up as a PDF: the extension passes the browser, the content not the server
        page.locator("vaadin-upload input[type=file]").first().setInputFiles(
                new FilePayload("伪装的报告.pdf", "application/pdf", new byte[]{'M', 'Z', 0, 0, 1, 2, 3, 4}));
        Locator error = page.locator("vaadin-upload-file [part=error]").first();
        assertThat(error).containsText("不允许上传此类文件");
        assertThat(error).not().containsText("无权");
        screenshot("upload-refused");
    }
}
