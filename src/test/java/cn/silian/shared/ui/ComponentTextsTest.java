package cn.silian.shared.ui;

import cn.silian.shared.i18n.SilianI18nProvider;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The texts Silian gives Vaadin's components, as configured (ComponentTextsIT sees them in a browser). */
class ComponentTextsTest extends BrowserlessTestBase {

    @Test
    void aUiTellsALostConnectionInChinese() {
        navigateTo("login");
        UI ui = UI.getCurrent();
        ComponentTexts.localize(ui);
        assertThat(ui.getReconnectDialogConfiguration().getDialogText()).isEqualTo("与服务器的连接已断开，正在重新连接…");
        assertThat(ui.getReconnectDialogConfiguration().getDialogTextGaveUp()).isEqualTo("与服务器的连接已断开");
    }

    @Test
    void screenReadersHearChineseFromSortersPasswordFieldsAndPickers() {
        navigateTo("login");
        ObjectNode texts = ComponentTexts.clientTexts(UI.getCurrent());
        assertThat(texts.get("sorter").asString()).isEqualTo("按{0}排序");
        assertThat(texts.get("reveal").asString()).isEqualTo("显示密码");
        assertThat(texts.get("multiSelect").get("selected").asString()).isEqualTo("已加入所选");
        assertThat(texts.get("multiSelect").get("total").asString()).isEqualTo("已选 {count} 项");
        assertThat(texts.get("online").asString()).isEqualTo("连接已恢复");
    }

    @Test
    void theEnglishUiGetsEnglishTexts() {
        navigateTo("login");
        UI.getCurrent().setLocale(SilianI18nProvider.ENGLISH);
        ObjectNode texts = ComponentTexts.clientTexts(UI.getCurrent());
        assertThat(texts.get("sorter").asString()).isEqualTo("Sort by {0}");
        assertThat(texts.get("multiSelect").get("total").asString()).isEqualTo("{count} selected");
    }

    /** The server answers every refused file with 422, which the upload calls "forbidden". */
    @Test
    void aRefusedFileIsNeverSaidToBeBeyondTheUsersRights() {
        navigateTo("login");
        Upload upload = new Upload();
        ComponentTexts.localize(upload);
        UploadI18N.Uploading.Error errors = upload.getI18n().getUploading().getError();
        assertThat(errors.getForbidden()).isEqualTo("未接收此文件，原因见提示。")
                .isNotEqualTo(SilianI18nProvider.translate("error.access-denied", SilianI18nProvider.CHINESE));
    }
}
