package cn.silian.opinions.ui;

import cn.silian.TestUsers;
import cn.silian.stations.ReceptionCategory;
import cn.silian.stations.StationFilter;
import cn.silian.stations.StationService;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The public pages, opened by a visitor without an account. */
@Transactional
class IntakeViewsTest extends BrowserlessTestBase {

    @Autowired StationService stations;

    private long station() {
        return TestUsers.as(accounts, "street01", () -> stations.page(StationFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id());
    }

    private IntakeView fill(long station, String concern) {
        TestUsers.logout();
        IntakeView form = navigate("intake/" + station, IntakeView.class);
        test(form.concern).setValue(concern);
        form.category.setValue(ReceptionCategory.TRAFFIC);
        test(form.name).setValue("王阿姨");
        return form;
    }

    @Test
    void aVisitorSendsAConcernGetsAReceiptAndLooksItUp() {
        IntakeView form = fill(station(), "公开页面：小区门口缺少斑马线");
        test(form.send).click();
        assertThat(form.form.isVisible()).isFalse();
        String code = find(Span.class, form.result).single().getText();
        assertThat(code).hasSize(10);

        IntakeStatusView status = navigate(IntakeStatusView.class);
        test(status.code).setValue(code);
        test(status.look).click();
        assertThat(status.result.getElement().getTextRecursively()).contains("已收到").doesNotContain("王阿姨");

        test(status.code).setValue("ABCDEFGHJK");
        test(status.look).click();
        assertThat(status.result.getElement().getTextRecursively()).contains("没有找到");
    }

    @Test
    void badOrRobotInputIsRefusedPlainly() {
        IntakeView form = fill(station(), "<script>alert(1)</script>");
        test(form.send).click();
        assertThat(form.form.isVisible()).isTrue();
        assertThat(form.result.getElement().getTextRecursively()).contains("纯文字");
        assertThat(form.concern.isInvalid()).isTrue();

        form = fill(station(), "正常内容");
        form.website.setProperty("value", "http://spam.example");
        test(form.send).click();
        assertThat(form.result.getElement().getTextRecursively()).contains("无法受理");
        // The honeypot is out of sight and out of the accessibility tree.
        assertThat(form.website.getParent().getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(form.website.getAttribute("tabindex")).isEqualTo("-1");
    }

    @Test
    void anUnknownStationHasNoForm() {
        TestUsers.logout();
        navigateTo("intake/987654321");
        assertThat(getCurrentView()).isInstanceOf(cn.silian.shared.ui.NotFoundView.class);
    }
}
