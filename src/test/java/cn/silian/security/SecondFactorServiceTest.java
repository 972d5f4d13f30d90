package cn.silian.security;

import cn.silian.SilianSpringTest;
import cn.silian.TestTotp;
import cn.silian.TestUsers;
import cn.silian.audit.AuditFilter;
import cn.silian.audit.AuditRecord;
import cn.silian.audit.AuditService;
import cn.silian.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SilianSpringTest
@Transactional
class SecondFactorServiceTest {

    @Autowired SecondFactorService secondFactor;
    @Autowired AccountService accounts;
    @Autowired SecondFactorRepository factors;
    @Autowired RecoveryCodeRepository recoveryCodes;
    @Autowired AuditService audit;
    @Autowired AccountSessions sessions;
    @Autowired org.springframework.security.core.session.SessionRegistry registry;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void theDemoAdministratorAndOfficeHaveTheDemoSecretTheOthersNone() {
        assertThat(secondFactor.needsSecondStep(user("admin"))).isTrue();
        assertThat(secondFactor.needsSecondStep(user("office"))).isTrue();
        for (String other : List.of("street01", "street02", "deputy", "npc")) {
            assertThat(secondFactor.needsSecondStep(user(other))).as(other).isFalse();
        }
        assertThat(factors.findByAccountId(user("office").accountId()).orElseThrow().getSecret())
                .isEqualTo(TestTotp.DEMO_SECRET);
    }

    @Test
    void anAdministratorWithoutASecondFactorMustStillTakeTheSecondStep() {
        String admin = account(Role.ADMIN);
        assertThat(secondFactor.needsSecondStep(user(admin))).as("required by the role").isTrue();
        assertThat(secondFactor.needsSecondStep(user(account(Role.DEPUTY)))).as("optional").isFalse();
    }

    @Test
    void aDeputyEnrolsWithACodeAndGetsTenRecoveryCodesKeptOnlyAsHashes() {
        String deputy = account(Role.DEPUTY);
        TestUsers.login(accounts, deputy);
        SecondFactorService.Enrolment enrolment = secondFactor.startEnrolment();
        assertThat(enrolment.uri()).isEqualTo("otpauth://totp/Silian:" + deputy + "?secret=" + enrolment.secret()
                + "&issuer=Silian");
        assertThat(secondFactor.status().enrolled()).as("not before a code proves the app has it").isFalse();
        assertThatThrownBy(() -> secondFactor.confirmEnrolment("000000x")).isInstanceOf(InvalidInputException.class);

        List<String> codes = secondFactor.confirmEnrolment(TestTotp.now(enrolment.secret()));

        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        long id = user(deputy).accountId();
        List<RecoveryCode> stored = recoveryCodes.unused(id);
        assertThat(stored).hasSize(10);
        assertThat(stored).extracting(RecoveryCode::getCodeHash)
                .allMatch(h -> h.startsWith("{bcrypt}"))
                .noneMatch(h -> codes.stream().anyMatch(c -> h.contains(c) || h.contains(c.replace("-", ""))));
        assertThat(secondFactor.status()).isEqualTo(new SecondFactorService.Status(true, false, 10));
        assertThat(secondFactor.needsSecondStep(user(deputy))).isTrue();
        assertThat(auditSummaries(id)).contains("audit.second-factor.enrolled");
    }

    @Test
    void thePendingSignInGetsTheAccountsRolesForACodeAndRefusesItsReplay() {
        Enrolled e = enrolled(Role.DEPUTY);
        PendingLogins.pending(accounts, e.username);
        String code = TestTotp.now(e.secret);

        Authentication full = secondFactor.verify(code);

        assertThat(full.getPrincipal()).isInstanceOf(SilianUser.class);
        assertThat(full.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains(Role.DEPUTY.authority(), "FACTOR_PASSWORD", "FACTOR_TOTP")
                .doesNotContain(SecondFactorPending.AUTHORITY);
        PendingLogins.pending(accounts, e.username);
        assertThatThrownBy(() -> secondFactor.verify(code)).as("replay").isInstanceOf(InvalidInputException.class);
        assertThat(auditSummaries(e.id)).contains("audit.second-factor.signed-in", "audit.second-factor.failed");
    }

    @Test
    void aRecoveryCodeSignsInOnceOnly() {
        Enrolled e = enrolled(Role.OFFICE);
        PendingLogins.pending(accounts, e.username);
        String recovery = e.recoveryCodes.get(3);

        assertThat(secondFactor.verify(recovery.toUpperCase()).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains(Role.OFFICE.authority());
        PendingLogins.pending(accounts, e.username);
        assertThatThrownBy(() -> secondFactor.verify(recovery)).isInstanceOf(InvalidInputException.class);
        assertThat(recoveryCodes.unused(e.id)).hasSize(9);
        assertThat(auditSummaries(e.id)).contains("audit.second-factor.recovery-used");
    }

    @Test
    void theFifthWrongCodeEndsThePendingSignIn() {
        Enrolled e = enrolled(Role.OFFICE);
        PendingLogins.pending(accounts, e.username);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> secondFactor.verify("000000")).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> secondFactor.verify("000000")).isInstanceOf(SecondFactorLockedException.class);
        // Even the right code is refused now: he starts again with his password.
        assertThatThrownBy(() -> secondFactor.verify(TestTotp.now(e.secret))).isInstanceOf(SecondFactorLockedException.class);
        assertThat(auditSummaries(e.id)).contains("audit.second-factor.locked-out");
    }

    @Test
    void signingInAgainAndAgainGivesAPasswordThiefNoMoreThanTenGuesses() {
        Enrolled e = enrolled(Role.OFFICE);
        for (int session = 0; session < 2; session++) {
            PendingLogins.pending(accounts, e.username);
            for (int i = 0; i < 5; i++) {
                try {
                    secondFactor.verify("000000");
                } catch (InvalidInputException | SecondFactorLockedException expected) {
                    // counted
                }
            }
        }
        PendingLogins.pending(accounts, e.username);
        assertThatThrownBy(() -> secondFactor.verify(TestTotp.now(e.secret))).isInstanceOf(SecondFactorLockedException.class);
        TestUsers.login(accounts, "admin");
        secondFactor.reset(e.id);
    }

    @Test
    void thePendingSessionMayCallNothingElse() {
        PendingLogins.pending(accounts, "office");
        assertThatThrownBy(() -> accounts.names(List.of("office"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.page(null, PageRequest.of(0, 1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.changeOwnPassword("Silian@2026", "another-long-password"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> secondFactor.reset(user("office").accountId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> secondFactor.removeOwn("000000")).isInstanceOf(AccessDeniedException.class);
        // Nor enrol anew over the factor he has: that would skip it.
        assertThatThrownBy(() -> secondFactor.startEnrolment()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> secondFactor.completeEnrolment()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSignedInUserMayNotCallThePendingStep() {
        TestUsers.login(accounts, "office");
        assertThatThrownBy(() -> secondFactor.verify("000000")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> secondFactor.demoCode()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorsResetMakesTheOfficeEnrolAgainAndIsAudited() {
        long office = user("office").accountId();
        TestUsers.login(accounts, "office");
        assertThatThrownBy(() -> secondFactor.reset(office)).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "admin");
        assertThat(secondFactor.enrolledAccount(office)).isTrue();

        secondFactor.reset(office);

        assertThat(secondFactor.enrolledAccount(office)).isFalse();
        assertThat(secondFactor.needsSecondStep(user("office"))).as("the role still requires it").isTrue();
        PendingLogins.pending(accounts, "office");
        assertThat(secondFactor.status().enrolled()).isFalse();
        assertThatThrownBy(() -> secondFactor.verify(TestTotp.now(TestTotp.DEMO_SECRET)))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "admin");
        assertThat(auditSummaries(office)).contains("audit.second-factor.reset");
    }

    @Test
    void anOptionalFactorMayBeTurnedOffWithACodeARequiredOneNot() {
        Enrolled deputy = enrolled(Role.DEPUTY);
        TestUsers.login(accounts, deputy.username);
        assertThatThrownBy(() -> secondFactor.removeOwn("000000")).isInstanceOf(InvalidInputException.class);
        secondFactor.removeOwn(TestTotp.code(deputy.secret, TestTotp.currentStep() + 1));
        assertThat(secondFactor.status().enrolled()).isFalse();
        assertThat(recoveryCodes.unused(deputy.id)).isEmpty();

        Enrolled office = enrolled(Role.OFFICE);
        TestUsers.login(accounts, office.username);
        assertThatThrownBy(() -> secondFactor.removeOwn(TestTotp.code(office.secret, TestTotp.currentStep() + 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDemoCodeIsShownOnlyForTheDemoSecret() {
        PendingLogins.pending(accounts, "office");
        assertThat(secondFactor.demoCode()).contains(TestTotp.now(TestTotp.DEMO_SECRET));
        Enrolled other = enrolled(Role.OFFICE);
        PendingLogins.pending(accounts, other.username);
        assertThat(secondFactor.demoCode()).isEmpty();
    }

    record Enrolled(String username, long id, String secret, List<String> recoveryCodes) {
    }

    /** A new account of the role, enrolled; the code used for it was of the current step. */
    private Enrolled enrolled(Role role) {
        String username = account(role);
        TestUsers.login(accounts, username);
        SecondFactorService.Enrolment enrolment = secondFactor.startEnrolment();
        List<String> codes = secondFactor.confirmEnrolment(TestTotp.code(enrolment.secret(), TestTotp.currentStep() - 1));
        TestUsers.logout();
        return new Enrolled(username, user(username).accountId(), enrolment.secret(), codes);
    }

    private String account(Role role) {
        String username = "tf" + UUID.randomUUID().toString().substring(0, 8);
        Long deputyId = role == Role.DEPUTY ? user("deputy").deputyId() : null;
        TestUsers.as(accounts, "admin", () -> accounts.create(new AccountDraft(username, "两步验证测试", role,
                null, deputyId, true), "Second-factor@2026"));
        return username;
    }

    private SilianUser user(String username) {
        return (SilianUser) accounts.loadUserByUsername(username);
    }

    private List<String> auditSummaries(long accountId) {
        return TestUsers.as(accounts, "admin", () -> audit.page(new AuditFilter(null, "SecondFactor", null,
                String.valueOf(accountId)), PageRequest.of(0, 50)).map(AuditRecord::summary)
                .map(m -> m.key()).toList());
    }

    @Test
    void anAdministratorsResetEndsTheAccountsSessions() {
        // reset because the phone is lost: a session opened with it must not live on
        org.springframework.mock.web.MockHttpSession open = new org.springframework.mock.web.MockHttpSession();
        sessions.sessionCreated(new jakarta.servlet.http.HttpSessionEvent(open));
        registry.registerNewSession(open.getId(), user("office"));
        try {
            TestUsers.login(accounts, "admin");
            secondFactor.reset(user("office").accountId());
            assertThat(open.isInvalid()).isTrue();
            assertThat(registry.getSessionInformation(open.getId())).isNull();
        } finally {
            registry.removeSessionInformation(open.getId());
        }
    }
}
