package cn.silian.security.ui;

import cn.silian.TestTotp;
import cn.silian.TestUsers;
import cn.silian.home.HomeView;
import cn.silian.security.AccountDraft;
import cn.silian.security.PendingLogins;
import cn.silian.security.Role;
import cn.silian.security.SecondFactorService;
import cn.silian.security.SilianUser;
import cn.silian.shared.ui.AccessDeniedView;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The code page after a correct password: the code, the enrolment a role requires, and nothing else open meanwhile. */
@Transactional
class SecondFactorViewTest extends BrowserlessTestBase {

    @Autowired SecondFactorService secondFactor;

    @Test
    void theOfficeEntersTheCodeOfHisAppAndIsSignedInWithHisRole() {
        PendingLogins.pending(accounts, "office");
        SecondFactorView view = navigate(SecondFactorView.class);
        String code = TestTotp.now(TestTotp.DEMO_SECRET);
        // The demo shows its own accounts' code, so that nobody needs an app to try it.
        assertThat(view.demoHint.getText()).isEqualTo("演示账号：当前验证码 " + code);

        test(view.code).setValue(code);
        test(view.verify).click();

        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        assertThat(signedIn.getPrincipal()).isInstanceOf(SilianUser.class);
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains(Role.OFFICE.authority());
        navigateTo("");
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void fiveWrongCodesSendHimBackToThePassword() {
        String username = enrolledOffice();
        PendingLogins.pending(accounts, username);
        SecondFactorView view = navigate(SecondFactorView.class);
        assertThat(view.demoHint.isAttached()).as("no hint for a secret of his own").isFalse();
        for (int i = 0; i < 4; i++) {
            test(view.code).setValue("000000");
            test(view.verify).click();
            assertThat(view.code.getErrorMessage()).isEqualTo("验证码不正确，或已使用过。");
        }
        test(view.code).setValue("000000");
        test(view.verify).click();

        assertThat(view.locked.getText()).isEqualTo("错误次数过多，请重新输入密码登录。");
        assertThat(PendingLogins.isPending()).isFalse();
        navigateTo("");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void anAdministratorWithoutASecondFactorEnrolsBeforeHeIsSignedIn() {
        String username = "tf" + UUID.randomUUID().toString().substring(0, 8);
        TestUsers.as(accounts, "admin", () -> accounts.create(new AccountDraft(username, "新管理员", Role.ADMIN, null, null, true),
                "Second-factor@2026"));
        PendingLogins.pending(accounts, username);
        SecondFactorView view = navigate(SecondFactorView.class);
        EnrolmentPanel enrolment = view.enrolment;
        assertThat(enrolment).isNotNull();
        assertThat(enrolment.qr.getSrc()).isNotBlank();
        String secret = enrolment.secret.getText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");

        test(enrolment.code).setValue("123456x");
        test(enrolment.confirm).click();
        assertThat(PendingLogins.isPending()).as("a wrong code signs nobody in").isTrue();
        test(enrolment.code).setValue(TestTotp.now(secret));
        test(enrolment.confirm).click();

        assertThat(find(ListItem.class, enrolment.recoveryCodes).all()).hasSize(10);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority).contains(Role.ADMIN.authority());
        navigateTo("accounts");
        assertThat(getCurrentView()).isInstanceOf(cn.silian.admin.ui.AccountListView.class);
    }

    /**
     * Half-way through signing in, every route of the app shows the access-denied page or the
     * login step; only the public intake pages, open to anyone, open for him too.
     */
    @Test
    void thePendingSessionOpensNoRouteButTheCodePage() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            PendingLogins.pending(accounts, "office");
            String location = location(route.getTemplate());
            navigateTo(location);
            Class<? extends Component> target = route.getNavigationTarget();
            Class<?> shown = getCurrentView().getClass();
            boolean ok;
            if (target == SecondFactorView.class || target == LoginView.class) {
                ok = shown == SecondFactorView.class;
            } else if (target.isAnnotationPresent(AnonymousAllowed.class)) {
                ok = true;
            } else {
                ok = shown == AccessDeniedView.class || shown == LoginView.class;
            }
            checked++;
            if (!ok) {
                wrong.add("/" + location + " showed " + shown.getSimpleName());
            }
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aSignedInUserMayNotOpenTheCodePage() {
        login("office");
        navigateTo("login/second-factor");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        TestUsers.logout();
        navigateTo("login/second-factor");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void aDeputySetsUpTheOptionalSecondFactorFromTheUserArea() {
        login("deputy");
        navigateTo("");
        assertThat(find(Anchor.class).withClassName("second-factor-link").single().getHref())
                .isEqualTo("account/second-factor");
        OwnSecondFactorView view = navigate(OwnSecondFactorView.class);
        assertThat(view.state.getText()).startsWith("您的账号未启用两步验证");
        test(view.setUp).click();
        String secret = view.enrolment.secret.getText().replace(" ", "");
        test(view.enrolment.code).setValue(TestTotp.now(secret));
        test(view.enrolment.confirm).click();
        assertThat(find(ListItem.class, view.enrolment.recoveryCodes).all()).hasSize(10);
        assertThat(secondFactor.status().enrolled()).isTrue();

        view = navigate(OwnSecondFactorView.class);
        assertThat(view.state.getText()).isEqualTo("两步验证已启用。剩余恢复码：10 个。");
        assertThat(view.turnOff.isVisible()).as("optional for a deputy").isTrue();
        test(view.code).setValue(TestTotp.code(secret, TestTotp.currentStep() + 1));
        test(view.turnOff).click();
        assertThat(secondFactor.status().enrolled()).isFalse();
    }

    @Test
    void theOfficeMayNotTurnItsRequiredSecondFactorOff() {
        login("office");
        OwnSecondFactorView view = navigate(OwnSecondFactorView.class);
        assertThat(view.state.getText()).isEqualTo("两步验证已启用。剩余恢复码：0 个。");
        assertThat(view.turnOff.isVisible()).isFalse();
    }

    private String enrolledOffice() {
        String username = "tf" + UUID.randomUUID().toString().substring(0, 8);
        TestUsers.as(accounts, "admin", () -> accounts.create(new AccountDraft(username, "办公室", Role.OFFICE, null, null, true),
                "Second-factor@2026"));
        TestUsers.as(accounts, username, () -> {
            SecondFactorService.Enrolment enrolment = secondFactor.startEnrolment();
            return secondFactor.confirmEnrolment(TestTotp.code(enrolment.secret(), TestTotp.currentStep() - 1));
        });
        return username;
    }

    /** An address of the route: each parameter gets 1, or the first of the words it allows. */
    private static String location(String template) {
        Matcher m = Pattern.compile(":(\\w+)\\(([^)]*)\\)").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String pattern = m.group(2);
            // A digit pattern gets as many ones as it asks for: \d{4} (a year) takes 1111, \d+ takes 1.
            Matcher width = Pattern.compile("\\{(\\d+)}").matcher(pattern);
            String digits = "1".repeat(width.find() ? Integer.parseInt(width.group(1)) : 1);
            m.appendReplacement(out, pattern.startsWith("\\d") ? digits : pattern.split("\\|")[0]);
        }
        m.appendTail(out);
        return out.toString();
    }
}
