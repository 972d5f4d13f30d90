package cn.silian.security;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading an account, counting them and resetting a password are for administrators only. */
@SilianSpringTest
@Transactional
@Tag("db")
class AccountServiceDenialTest {

    @Autowired AccountService accounts;
    @Autowired PasswordEncoder passwordEncoder;

    long npcAccount;

    @BeforeEach
    void theNpcsAccount() {
        npcAccount = ((SilianUser) accounts.loadUserByUsername("npc")).accountId();
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private String npcsHash() {
        return accounts.loadUserByUsername("npc").getPassword();
    }

    @Test
    void nobodyButAnAdministratorReadsCountsOrResetsAccounts() {
        String hash = npcsHash();
        for (String user : List.of("office", "street01", "deputy", "npc")) {
            TestUsers.login(accounts, user);
            assertThatThrownBy(() -> accounts.get(npcAccount)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.count()).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.resetPassword(npcAccount, "Taken#Over99")).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.loginWithoutRoles(accounts, "admin");
        assertThatThrownBy(() -> accounts.get(npcAccount)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.count()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(npcAccount, "Taken#Over99")).isInstanceOf(AccessDeniedException.class);

        assertThat(npcsHash()).isEqualTo(hash);
        assertThat(passwordEncoder.matches("Taken#Over99", npcsHash())).isFalse();
    }

    @Test
    void anAdministratorReadsAndCountsAccounts() {
        TestUsers.login(accounts, "admin");
        AccountSummary npc = accounts.get(npcAccount);
        assertThat(npc.username()).isEqualTo("npc");
        assertThat(npc.role()).isEqualTo(Role.DEPUTY);
        assertThat(npc.deputyId()).isEqualTo(((SilianUser) accounts.loadUserByUsername("npc")).deputyId());
        assertThat(accounts.count()).isEqualTo(accounts.page(null, PageRequest.of(0, 1_000)).getNumberOfElements())
                .isGreaterThanOrEqualTo(6);
        assertThatThrownBy(() -> accounts.get(-1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAdministratorResetsAPasswordToAStrongOneOnly() {
        TestUsers.login(accounts, "admin");
        String hash = npcsHash();
        assertThatThrownBy(() -> accounts.resetPassword(npcAccount, "npc12345")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field).contains("password"));
        assertThat(npcsHash()).isEqualTo(hash);

        accounts.resetPassword(npcAccount, "Reset#Pass2026");
        assertThat(passwordEncoder.matches("Reset#Pass2026", npcsHash())).isTrue();
        assertThat(passwordEncoder.matches("Silian@2026", npcsHash())).isFalse();
    }
}
