package cn.silian.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A production install starts without demo data and so without any account. The operator gives
 * the first administrator's password in the environment ({@code SILIAN_ADMIN_PASSWORD}); the
 * account must change it and enrol a second factor at its first sign-in, so the value in the
 * environment stops being a credential as soon as it has been used once.
 */
@Component
@Order(0)
class InitialAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    /** The name shown until the administrator gives the account a person's name: the office works in Chinese. */
    static final String DISPLAY_NAME_KEY = "account.initial-admin.name";
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AccountRepository accounts;
    private final AccountService service;
    private final String password;
    private final boolean demo;

    InitialAdministrator(AccountRepository accounts, AccountService service,
                         @Value("${silian.security.initial-admin-password:}") String password,
                         @Value("${silian.demo.enabled:false}") boolean demo) {
        this.accounts = accounts;
        this.service = service;
        this.password = password;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo || accounts.existsByRole(Role.ADMIN)) {
            return;
        }
        if (password == null || password.isBlank()) {
            log.warn("No administrator account exists. Set SILIAN_ADMIN_PASSWORD and restart to create '{}'.", USERNAME);
            return;
        }
        try {
            SystemUser.run(() -> service.createInitialAdministrator(USERNAME, password,
                    cn.silian.shared.i18n.SilianI18nProvider.translate(DISPLAY_NAME_KEY, cn.silian.shared.i18n.SilianI18nProvider.CHINESE)));
        } catch (cn.silian.shared.InvalidInputException e) {
            // A weak first password must not become the keys to everything: stop, and say why.
            throw new IllegalStateException("SILIAN_ADMIN_PASSWORD does not meet the password policy ("
                    + e.getMessage() + "): at least 12 characters, not a common password.", e);
        }
        log.info("Created the first administrator '{}'; it must change its password at first sign-in.", USERNAME);
    }
}
