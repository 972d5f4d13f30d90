package cn.silian.security.ui;

import cn.silian.TestUsers;
import cn.silian.home.HomeView;
import cn.silian.security.SilianUser;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import cn.silian.ui.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class ChangePasswordViewTest extends BrowserlessTestBase {

    private static final String DEMO = "Silian@2026";

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void everySignedInRoleReachesTheViewFromTheLinkBesideHisName() {
        for (String user : new String[] {"admin", "office", "street01", "deputy", "unit01"}) {
            login(user);
            navigateTo("");
            Anchor link = find(Anchor.class).withClassName("change-password-link").single();
            assertThat(link.getHref()).as(user).isEqualTo(ChangePasswordView.ROUTE);
            navigateTo(link.getHref());
            assertThat(getCurrentView()).as(user).isInstanceOf(ChangePasswordView.class);
            TestUsers.logout();
        }
    }

    @Test
    void aDeputyChangesHisPassword() {
        login("deputy");
        ChangePasswordView view = navigate(ChangePasswordView.class);
        assertThat(view.required.isVisible()).isFalse();
        test(view.current).setValue(DEMO);
        test(view.fresh).setValue("西湖边的柳树发芽了2026");
        test(view.repeat).setValue("西湖边的柳树发芽了2026");
        test(view.change).click();

        assertThat(passwordEncoder.matches("西湖边的柳树发芽了2026", hashOf("deputy"))).isTrue();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("密码已修改。");
        assertThat(view.current.getValue()).isEmpty();
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndSaysSoOnTheField() {
        login("deputy");
        String before = hashOf("deputy");
        ChangePasswordView view = navigate(ChangePasswordView.class);
        test(view.current).setValue("Silian@2025");
        test(view.fresh).setValue("西湖边的柳树发芽了2026");
        test(view.repeat).setValue("西湖边的柳树发芽了2026");
        test(view.change).click();

        assertThat(hashOf("deputy")).isEqualTo(before);
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("当前密码不正确。");
    }

    @Test
    void aCommonOrMismatchedNewPasswordIsRefusedOnTheField() {
        login("office");
        String before = hashOf("office");
        ChangePasswordView view = navigate(ChangePasswordView.class);
        test(view.current).setValue(DEMO);
        test(view.fresh).setValue("woaini1314520");
        test(view.repeat).setValue("woaini1314520");
        test(view.change).click();
        assertThat(view.fresh.isInvalid()).isTrue();
        assertThat(view.fresh.getErrorMessage()).startsWith("该密码属于常用或已泄露的密码");

        test(view.fresh).setValue("correct horse battery staple");
        test(view.repeat).setValue("correct horse battery stapel");
        test(view.change).click();
        assertThat(view.repeat.isInvalid()).isTrue();
        assertThat(view.repeat.getErrorMessage()).isEqualTo("两次输入的新密码不一致。");
        assertThat(hashOf("office")).isEqualTo(before);
    }

    @Test
    void afterAnAdministratorsResetTheUserCanOpenOnlyTheChangeViewUntilHeHasChanged() {
        resetByAdmin("npc", "Temporary#Pass2026");
        login("npc");
        assertThat(((SilianUser) accounts.loadUserByUsername("npc")).passwordChangeRequired()).isTrue();

        navigateTo("");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        ChangePasswordView view = (ChangePasswordView) getCurrentView();
        assertThat(view.required.isVisible()).isTrue();
        for (String route : new String[] {"deputies", "calendar", "my-record", "suggestions"}) {
            navigateTo(route);
            assertThat(getCurrentView()).as(route).isInstanceOf(ChangePasswordView.class);
        }
        navigateTo("no-such-page-at-all");
        assertThat(getCurrentView()).as("error views stay reachable").isInstanceOf(HasErrorParameter.class)
                .isNotInstanceOf(ChangePasswordView.class);

        view = navigate(ChangePasswordView.class);
        test(view.current).setValue("Temporary#Pass2026");
        test(view.fresh).setValue("我的新密码谁也不会告诉的");
        test(view.repeat).setValue("我的新密码谁也不会告诉的");
        test(view.change).click();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("密码已修改。");
        assertThat(getCurrentView()).as("sent home once changed").isInstanceOf(HomeView.class);
        navigateTo("deputies");
        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
        assertThat(((SilianUser) accounts.loadUserByUsername("npc")).passwordChangeRequired()).isFalse();
    }

    private void resetByAdmin(String username, String password) {
        TestUsers.as(accounts, "admin", () -> {
            long id = accounts.page(username, org.springframework.data.domain.PageRequest.of(0, 10)).stream()
                    .filter(a -> a.username().equals(username)).findFirst().orElseThrow().id();
            accounts.resetPassword(id, password);
            return null;
        });
    }

    private String hashOf(String username) {
        return accounts.loadUserByUsername(username).getPassword();
    }
}
