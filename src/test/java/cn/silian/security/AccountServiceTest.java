package cn.silian.security;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.PersonName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SilianSpringTest
@Transactional
@Tag("db")
class AccountServiceTest {

    @Autowired AccountService accounts;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired cn.silian.audit.AuditService audit;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void userNamesAreResolvedToDisplayNamesAndRolesTheSystemAndAGoneAccountAsWell() {
        TestUsers.login(accounts, "street01");
        Map<String, PersonName> names = accounts.names(Arrays.asList("office", "npc", "system", "gone.user", null));
        assertThat(names).containsOnlyKeys("office", "npc", "system", "gone.user");
        assertThat(names.get("office")).isEqualTo(new PersonName("代表工委 王敏", "role.OFFICE"));
        assertThat(names.get("npc")).isEqualTo(new PersonName("刘海燕", "role.DEPUTY"));
        assertThat(names.get("system").isSystem()).isTrue();
        // Nothing else is left of a deleted account than the name it was stored under.
        assertThat(names.get("gone.user")).isEqualTo(new PersonName("gone.user", null));
        assertThat(accounts.name(null)).isNull();
    }

    @Test
    void theDemoAccountsExistWithTheirRolesAndBindings() {
        SilianUser street01 = (SilianUser) accounts.loadUserByUsername("street01");
        assertThat(street01.role()).isEqualTo(Role.STREET_STAFF);
        assertThat(street01.streetId()).isNotNull();
        SilianUser deputy = (SilianUser) accounts.loadUserByUsername("deputy");
        assertThat(deputy.role()).isEqualTo(Role.DEPUTY);
        assertThat(deputy.deputyId()).isNotNull();
        assertThat(((SilianUser) accounts.loadUserByUsername("npc")).deputyId()).isNotEqualTo(deputy.deputyId());
        assertThat(accounts.loadUserByUsername("admin").getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(accounts.loadUserByUsername("office").getPassword()).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("Silian@2026", accounts.loadUserByUsername("office").getPassword())).isTrue();
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        for (String user : List.of("office", "street01", "deputy")) {
            TestUsers.login(accounts, user);
            assertThatThrownBy(() -> accounts.page(null, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.create(draft("intruder", Role.ADMIN), "Silian@2026x"))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anAdministratorCreatesAnAccountWithAStrongPasswordOnly() {
        TestUsers.login(accounts, "admin");
        assertThatThrownBy(() -> accounts.create(draft("weakling", Role.OFFICE), "password"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).contains("password"));
        assertThatThrownBy(() -> accounts.create(draft("Bad Name!", Role.OFFICE), "Silian@2026x"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accounts.create(draft("office", Role.OFFICE), "Silian@2026x"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).contains("account.username.taken"));
        assertThatThrownBy(() -> accounts.create(new AccountDraft("streetless", "X", Role.STREET_STAFF, null, null, true), "Silian@2026x"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).contains("account.street.required"));

        AccountSummary created = accounts.create(draft("newoffice", Role.OFFICE), "Strong#Pass1");
        assertThat(created.role()).isEqualTo(Role.OFFICE);
        assertThat(passwordEncoder.matches("Strong#Pass1", accounts.loadUserByUsername("NewOffice").getPassword())).isTrue();
    }

    @Test
    void anAdministratorCannotLockHimselfOut() {
        TestUsers.login(accounts, "admin");
        AccountSummary me = accounts.page("admin", PageRequest.of(0, 5)).getContent().getFirst();
        assertThatThrownBy(() -> accounts.update(me.id(), me.version(),
                new AccountDraft("admin", "x", Role.OFFICE, null, null, true)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accounts.delete(me.id())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aStaleAccountEditIsRefused() {
        TestUsers.login(accounts, "admin");
        AccountSummary created = accounts.create(draft("twice", Role.OFFICE), "Strong#Pass1");
        accounts.update(created.id(), created.version(), new AccountDraft("twice", "First", Role.OFFICE, null, null, true));
        assertThatThrownBy(() -> accounts.update(created.id(), created.version(),
                new AccountDraft("twice", "Second", Role.OFFICE, null, null, true)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aUserChangesHisOwnPasswordOnlyWithTheCurrentOne() {
        TestUsers.login(accounts, "npc");
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong", "Another#Pass2"))
                .isInstanceOf(InvalidInputException.class);
        accounts.changeOwnPassword("Silian@2026", "Another#Pass2");
        assertThat(passwordEncoder.matches("Another#Pass2", accounts.loadUserByUsername("npc").getPassword())).isTrue();
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndIsAudited() {
        TestUsers.login(accounts, "npc");
        String before = accounts.loadUserByUsername("npc").getPassword();
        assertThatThrownBy(() -> accounts.changeOwnPassword("Silian@2025", "a long new passphrase"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("currentPassword", "password.current-wrong")));
        assertThat(accounts.loadUserByUsername("npc").getPassword()).isEqualTo(before);
        assertThat(summariesOfNpcsAccount()).contains("audit.account.password-change-refused");
    }

    @Test
    void theNewPasswordMeetsThePolicyAndDiffersFromTheCurrentOne() {
        TestUsers.login(accounts, "npc");
        assertThatThrownBy(() -> accounts.changeOwnPassword("Silian@2026", "LiuHaiyan#2026"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("password.contains-name"));
        accounts.changeOwnPassword("Silian@2026", "a long new passphrase");
        assertThatThrownBy(() -> accounts.changeOwnPassword("a long new passphrase", "a long new passphrase"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("password.same-as-current"));
        assertThat(summariesOfNpcsAccount()).contains("audit.account.password-changed");
    }

    @Test
    void anAdministratorsResetRequiresAChangeWhichTheUsersOwnChangeLifts() {
        TestUsers.login(accounts, "admin");
        long npc = ((SilianUser) accounts.loadUserByUsername("npc")).accountId();
        assertThat(accounts.passwordChangeRequired()).isFalse();
        accounts.resetPassword(npc, "told on the phone 2026");
        assertThat(((SilianUser) accounts.loadUserByUsername("npc")).passwordChangeRequired()).isTrue();

        TestUsers.login(accounts, "npc");
        assertThat(accounts.passwordChangeRequired()).isTrue();
        accounts.changeOwnPassword("told on the phone 2026", "only I know this one");
        assertThat(accounts.passwordChangeRequired()).isFalse();
        assertThat(((SilianUser) accounts.loadUserByUsername("npc")).passwordChangeRequired()).isFalse();
    }

    @Test
    void aSignInWaitingForItsSecondFactorCannotChangeThePassword() {
        SilianUser npc = (SilianUser) accounts.loadUserByUsername("npc");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(npc, null,
                        List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_SECOND_FACTOR_PENDING"))));
        assertThatThrownBy(() -> accounts.changeOwnPassword("Silian@2026", "a long new passphrase"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<String> summariesOfNpcsAccount() {
        return TestUsers.as(accounts, "admin", () -> audit.page(new cn.silian.audit.AuditFilter("npc", "Account", null, null),
                PageRequest.of(0, 20)).map(r -> r.summary().key()).toList());
    }

    private static AccountDraft draft(String username, Role role) {
        return new AccountDraft(username, "Someone", role, null, null, true);
    }
}
