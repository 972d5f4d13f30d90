package cn.silian.security;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An unknown user name, a disabled account and a wrong password cost the same work (exactly one
 * bcrypt comparison) and get the same answer, so neither the time nor the message tells which.
 */
@SilianSpringTest
@Transactional
class SameAnswerSignInTest {

    private static final String DEMO = "Silian@2026";
    private static final String DISABLED_PASSWORD = "temporary pass 2026";

    @Autowired AccountService accounts;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired ApplicationEventPublisher events;

    private final AtomicInteger comparisons = new AtomicInteger();

    @Test
    void unknownDisabledAndWrongEachCostOneComparisonAndGetTheSameAnswer() {
        String disabled = disabledAccount();
        ThrottlingAuthenticationProvider provider = provider();

        List<String> messages = new ArrayList<>();
        for (String[] attempt : new String[][] {
                {"no-such-user-anywhere", DEMO}, {disabled, DISABLED_PASSWORD}, {disabled, "wrong-password"}, {"office", "wrong-password"}}) {
            comparisons.set(0);
            assertThatThrownBy(() -> provider.authenticate(token(attempt[0], attempt[1])))
                    .as(attempt[0]).isExactlyInstanceOf(BadCredentialsException.class)
                    .satisfies(e -> messages.add(e.getMessage()));
            assertThat(comparisons).as("bcrypt comparisons for %s", attempt[0]).hasValue(1);
        }
        assertThat(messages).containsOnly(ThrottlingAuthenticationProvider.BAD_CREDENTIALS);

        comparisons.set(0);
        Authentication ok = provider.authenticate(token("office", DEMO));
        assertThat(ok.isAuthenticated()).isTrue();
        assertThat(comparisons).hasValue(1);
    }

    private ThrottlingAuthenticationProvider provider() {
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return passwordEncoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                comparisons.incrementAndGet();
                return passwordEncoder.matches(raw, encoded);
            }

            @Override
            public boolean upgradeEncoding(String encoded) {
                return passwordEncoder.upgradeEncoding(encoded);
            }
        };
        // A throttle of its own, generous enough never to interfere.
        return new ThrottlingAuthenticationProvider(accounts, counting,
                new LoginThrottle(1_000, 1_000, Duration.ofSeconds(1), Duration.ofMinutes(1), java.time.Clock.systemUTC()),
                new ClientAddress(List.of()), events);
    }

    private String disabledAccount() {
        return TestUsers.as(accounts, "admin", () -> {
            AccountSummary created = accounts.create(new AccountDraft("disabledone", "停用账号", Role.OFFICE,
                    null, null, true), DISABLED_PASSWORD);
            accounts.update(created.id(), accounts.get(created.id()).version(),
                    new AccountDraft("disabledone", "停用账号", Role.OFFICE, null, null, false));
            return "disabledone";
        });
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
