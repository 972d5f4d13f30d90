package cn.silian.security;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.shared.InvalidInputException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A production install (no demo data) gets its first administrator from the environment, and only then. */
@SilianSpringTest
@Transactional
@Tag("db")
class InitialAdministratorTest {

    private static final String PASSWORD = "kite over the old east bridge";

    @Autowired AccountService service;
    @Autowired AccountRepository accounts;

    @Test
    void theFirstAdministratorMustChangeThePasswordFromTheEnvironmentAtFirstSignIn() {
        AccountSummary created = SystemUser.call(() -> service.createInitialAdministrator("firstadmin", PASSWORD, "System administrator"));
        assertThat(created.role()).isEqualTo(Role.ADMIN);
        SilianUser user = (SilianUser) service.loadUserByUsername("firstadmin");
        assertThat(user.passwordChangeRequired()).isTrue();
        assertThat(user.isEnabled()).isTrue();
    }

    @Test
    void aWeakPasswordInTheEnvironmentStopsTheStartAndCreatesNobody() {
        long before = accounts.count();
        InitialAdministrator runner = new InitialAdministrator(withoutAdministrators(accounts), service, "admin12345", false);
        assertThatThrownBy(() -> runner.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SILIAN_ADMIN_PASSWORD")
                .hasCauseInstanceOf(InvalidInputException.class);
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void nothingIsCreatedWithDemoDataOrWhenAnAdministratorExistsOrWithoutAPassword() {
        long before = accounts.count();
        new InitialAdministrator(accounts, service, PASSWORD, false).run(new DefaultApplicationArguments());
        new InitialAdministrator(withoutAdministrators(accounts), service, PASSWORD, true).run(new DefaultApplicationArguments());
        new InitialAdministrator(withoutAdministrators(accounts), service, "", false).run(new DefaultApplicationArguments());
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void onlyTheSystemMayCreateIt() {
        TestUsers.login(service, "office");
        try {
            assertThatThrownBy(() -> service.createInitialAdministrator("firstadmin", PASSWORD, "System administrator"))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            TestUsers.logout();
        }
    }

    /** The demo district has administrators; this stands for a database that has none yet. */
    private static AccountRepository withoutAdministrators(AccountRepository real) {
        return (AccountRepository) java.lang.reflect.Proxy.newProxyInstance(AccountRepository.class.getClassLoader(),
                new Class<?>[]{AccountRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("existsByRole")) {
                        return false;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
