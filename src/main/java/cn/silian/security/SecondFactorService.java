package cn.silian.security;

import cn.silian.shared.AuditEvent;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The second factor: TOTP codes (RFC 6238) from an authenticator app, and ten single-use
 * recovery codes for a lost phone. Required for the roles of
 * {@code silian.security.second-factor.required-roles}, optional for everyone else.
 */
@Service
// A wrong code changes nothing, but its audit line and the count of failures must stay.
@Transactional(noRollbackFor = {InvalidInputException.class, SecondFactorLockedException.class})
public class SecondFactorService {

    /**
     * The published secret of the demo's administrator and office accounts (README): anyone
     * trying the demo can add it to an authenticator app, and the code page shows its current code.
     */
    public static final String DEMO_SECRET = "SILIANDEMOSECRETSILIANDEMOSECRET";
    public static final int RECOVERY_CODES = 10;

    static final String PENDING = "hasRole('" + SecondFactorPending.ROLE + "')";
    /** The caller's own second factor: signed in, or half-way through signing in. */
    static final String OWN = Roles.SIGNED_IN + " or " + PENDING;
    static final String TOTP_FACTOR = "TOTP";
    private static final String TYPE = "SecondFactor";
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecondFactorRepository factors;
    private final RecoveryCodeRepository recoveryCodes;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AccountSessions sessions;
    private final Set<Role> requiredRoles;
    private final boolean demo;
    private final int maxFailuresPerSession;
    private final int maxFailuresPerAccount;
    private final Duration accountWindow;
    private final Clock clock;
    /** Wrong codes per account across sessions: a password thief who signs in again and again still gets few guesses. */
    private final Map<Long, Deque<Instant>> accountFailures = new ConcurrentHashMap<>();

    SecondFactorService(SecondFactorRepository factors, RecoveryCodeRepository recoveryCodes, AccountRepository accounts,
                        PasswordEncoder passwordEncoder, CurrentUser currentUser, ApplicationEventPublisher events,
                        AccountSessions sessions,
                        @Value("${silian.security.second-factor.required-roles:ADMIN,OFFICE}") String requiredRoles,
                        @Value("${silian.demo.enabled:false}") boolean demo,
                        @Value("${silian.security.second-factor.max-failures:5}") int maxFailuresPerSession,
                        @Value("${silian.security.second-factor.max-failures-per-account:10}") int maxFailuresPerAccount,
                        @Value("${silian.security.second-factor.window:15m}") Duration accountWindow) {
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.sessions = sessions;
        this.requiredRoles = roles(requiredRoles);
        this.demo = demo;
        this.maxFailuresPerSession = maxFailuresPerSession;
        this.maxFailuresPerAccount = maxFailuresPerAccount;
        this.accountWindow = accountWindow;
        this.clock = Clock.systemUTC();
    }

    /** The roles of a comma-separated list; empty: none (the load test's setting). */
    static Set<Role> roles(String list) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : list == null ? new String[0] : list.split(",")) {
            if (!name.isBlank()) {
                roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            }
        }
        return roles;
    }

    /** What the caller's second factor is like. */
    public record Status(boolean enrolled, boolean required, int recoveryCodesLeft) {
    }

    /** A secret to be added to an authenticator app, as text and as the otpauth URI of its QR code. */
    public record Enrolment(String secret, String uri) {
    }

    /**
     * Whether a correct password is not yet enough for this account. For the login's success
     * handler, which runs before any security context holds the user: no role check.
     */
    @Transactional(readOnly = true)
    boolean needsSecondStep(SilianUser user) {
        return user.accountId() != null && (requiredRoles.contains(user.role()) || enrolled(user.accountId()));
    }

    @PreAuthorize(OWN)
    @Transactional(readOnly = true)
    public Status status() {
        Account account = callerAccount();
        boolean enrolled = enrolled(account.getId());
        return new Status(enrolled, requiredRoles.contains(account.toUser().role()),
                enrolled ? recoveryCodes.unused(account.getId()).size() : 0);
    }

    /** A new secret, unconfirmed until {@link #confirmEnrolment} gets a code made from it. */
    @PreAuthorize(OWN)
    public Enrolment startEnrolment() {
        Account account = callerAccount();
        SecondFactor factor = factors.findByAccountId(account.getId()).orElse(null);
        if (factor != null && factor.isConfirmed()) {
            // Replacing a working factor needs it removed first (or an administrator's reset).
            throw new AccessDeniedException("already enrolled");
        }
        String secret = Totp.newSecret();
        if (factor == null) {
            factors.save(new SecondFactor(account.getId(), secret));
        } else {
            factor.restart(secret);
        }
        return new Enrolment(secret, uri(account.getUsername(), secret));
    }

    /**
     * Confirms the enrolment with a code from the app and returns the ten recovery codes, shown
     * to their owner this once: only their hashes are kept.
     */
    @PreAuthorize(OWN)
    public List<String> confirmEnrolment(String code) {
        Account account = callerAccount();
        SecondFactor factor = factors.findByAccountId(account.getId())
                .filter(f -> !f.isConfirmed())
                .orElseThrow(() -> new AccessDeniedException("no enrolment under way"));
        guardAttempts(account.getId());
        if (!factor.accept(code, clock.instant())) {
            wrongCode(account);
        }
        factor.confirm();
        List<String> codes = newRecoveryCodes(account.getId());
        if (pending() instanceof SecondFactorPending p) {
            p.enrolled();
        }
        audit(account, AuditEvent.Action.CREATE, "audit.second-factor.enrolled");
        return codes;
    }

    /**
     * The pending sign-in's second step: a code from the app or a recovery code. Returns the full
     * authentication, with the account's roles, for the caller to put in the session; a wrong code
     * throws {@link InvalidInputException}, and the last allowed one {@link SecondFactorLockedException}.
     */
    @PreAuthorize(PENDING)
    public Authentication verify(String code) {
        SecondFactorPending p = (SecondFactorPending) pending();
        Account account = enabledAccount(p.accountId());
        SecondFactor factor = factors.findByAccountId(account.getId()).filter(SecondFactor::isConfirmed)
                .orElseThrow(() -> new AccessDeniedException("no second factor"));
        guardAttempts(account.getId());
        String given = code == null ? "" : code.strip();
        if (given.replaceAll("\\s", "").matches("\\d{" + Totp.DIGITS + "}")) {
            if (factor.accept(given, clock.instant())) {
                audit(account, AuditEvent.Action.LOGIN, "audit.second-factor.signed-in");
                return fullAuthentication(account, p);
            }
        } else if (useRecoveryCode(account.getId(), given)) {
            audit(account, AuditEvent.Action.LOGIN, "audit.second-factor.recovery-used");
            return fullAuthentication(account, p);
        }
        return wrongCode(account);
    }

    /** After an enrolment confirmed in this pending session, the full authentication it has earned. */
    @PreAuthorize(PENDING)
    @Transactional(readOnly = true)
    public Authentication completeEnrolment() {
        SecondFactorPending p = (SecondFactorPending) pending();
        if (!p.hasEnrolled()) {
            throw new AccessDeniedException("no enrolment confirmed in this session");
        }
        Account account = enabledAccount(p.accountId());
        audit(account, AuditEvent.Action.LOGIN, "audit.second-factor.signed-in");
        return fullAuthentication(account, p);
    }

    /**
     * For the demo accounts only, while the demo is on: the code their app would show now, so
     * that people trying Silian need no app. Accounts with any other secret get nothing.
     */
    @PreAuthorize(PENDING)
    @Transactional(readOnly = true)
    public Optional<String> demoCode() {
        if (!demo) {
            return Optional.empty();
        }
        SecondFactorPending p = (SecondFactorPending) pending();
        return factors.findByAccountId(p.accountId())
                .filter(f -> f.isConfirmed() && DEMO_SECRET.equals(f.getSecret()))
                .map(f -> Totp.code(f.getSecret(), Totp.step(clock.instant())));
    }

    /** Turns the caller's own second factor off, where his role does not require one. */
    @PreAuthorize(Roles.SIGNED_IN)
    public void removeOwn(String code) {
        Account account = callerAccount();
        if (requiredRoles.contains(account.toUser().role())) {
            throw new AccessDeniedException("second factor required for this role");
        }
        SecondFactor factor = factors.findByAccountId(account.getId()).filter(SecondFactor::isConfirmed)
                .orElseThrow(() -> new AccessDeniedException("no second factor"));
        guardAttempts(account.getId());
        if (!factor.accept(code, clock.instant())) {
            wrongCode(account);
        }
        remove(account.getId());
        audit(account, AuditEvent.Action.DELETE, "audit.second-factor.removed");
        // A factor given up is a factor that may have been lost: its other sessions end (ASVS 7.4.3).
        sessions.endSessionsOf(account.getUsername());
    }

    /** New recovery codes for the caller, the old ones void; proven with a code from the app. */
    @PreAuthorize(Roles.SIGNED_IN)
    public List<String> renewRecoveryCodes(String code) {
        Account account = callerAccount();
        SecondFactor factor = factors.findByAccountId(account.getId()).filter(SecondFactor::isConfirmed)
                .orElseThrow(() -> new AccessDeniedException("no second factor"));
        guardAttempts(account.getId());
        if (!factor.accept(code, clock.instant())) {
            wrongCode(account);
        }
        List<String> codes = newRecoveryCodes(account.getId());
        audit(account, AuditEvent.Action.UPDATE, "audit.second-factor.recovery-renewed");
        return codes;
    }

    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public boolean enrolledAccount(long accountId) {
        return enrolled(accountId);
    }

    /**
     * An administrator's reset, for a lost phone: the account's secret and recovery codes go; an
     * account whose role requires a second factor enrols again at its next sign-in.
     */
    @PreAuthorize(Roles.ADMIN_ONLY)
    public void reset(long accountId) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new cn.silian.shared.NotFoundException("Account", accountId));
        remove(accountId);
        accountFailures.remove(accountId);
        audit(account, AuditEvent.Action.DELETE, "audit.second-factor.reset");
        // Reset because the phone is lost or stolen: whoever holds it must not stay signed in.
        sessions.endSessionsOf(account.getUsername());
    }

    /**
     * The demo loader's enrolment of a demo account with {@link #DEMO_SECRET}, no recovery codes;
     * only where its role requires a second factor (none where the required roles are empty, as
     * in the load test).
     */
    @PreAuthorize(Roles.ADMIN_ONLY)
    public void enrolForDemo(String username) {
        Account account = accounts.findByUsername(username).orElseThrow();
        if (!requiredRoles.contains(account.toUser().role())) {
            return;
        }
        SecondFactor factor = factors.findByAccountId(account.getId()).orElseGet(() ->
                factors.save(new SecondFactor(account.getId(), DEMO_SECRET)));
        factor.restart(DEMO_SECRET);
        factor.confirm();
    }

    private boolean enrolled(Long accountId) {
        return factors.findByAccountId(accountId).filter(SecondFactor::isConfirmed).isPresent();
    }

    private void remove(Long accountId) {
        recoveryCodes.deleteByAccount(accountId);
        factors.deleteByAccount(accountId);
    }

    private List<String> newRecoveryCodes(Long accountId) {
        recoveryCodes.deleteByAccount(accountId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = recoveryCode();
            codes.add(code);
            recoveryCodes.save(new RecoveryCode(accountId, passwordEncoder.encode(normalizeRecovery(code))));
        }
        return codes;
    }

    private static String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalizeRecovery(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private boolean useRecoveryCode(Long accountId, String given) {
        String normalized = normalizeRecovery(given);
        if (normalized.length() != 10) {
            return false;
        }
        for (RecoveryCode candidate : recoveryCodes.unused(accountId)) {
            if (passwordEncoder.matches(normalized, candidate.getCodeHash())) {
                candidate.use();
                return true;
            }
        }
        return false;
    }

    /** Refuses more codes once this pending session or this account has had too many wrong ones. */
    private void guardAttempts(Long accountId) {
        boolean sessionSpent = pending() instanceof SecondFactorPending p && p.failures() >= maxFailuresPerSession;
        if (sessionSpent || recentFailures(accountId) >= maxFailuresPerAccount) {
            throw new SecondFactorLockedException();
        }
    }

    private <T> T wrongCode(Account account) {
        Instant now = clock.instant();
        accountFailures.compute(account.getId(), (id, times) -> {
            Deque<Instant> deque = times == null ? new ArrayDeque<>() : times;
            deque.addLast(now);
            while (!deque.isEmpty() && deque.peekFirst().isBefore(now.minus(accountWindow))) {
                deque.pollFirst();
            }
            return deque;
        });
        int sessionFailures = pending() instanceof SecondFactorPending p ? p.failed() : 0;
        audit(account, AuditEvent.Action.LOGIN_FAILED, "audit.second-factor.failed");
        if (sessionFailures >= maxFailuresPerSession || recentFailures(account.getId()) >= maxFailuresPerAccount) {
            audit(account, AuditEvent.Action.LOGIN_FAILED, "audit.second-factor.locked-out");
            throw new SecondFactorLockedException();
        }
        throw new InvalidInputException("code", "second-factor.code.wrong");
    }

    private int recentFailures(Long accountId) {
        Deque<Instant> times = accountFailures.get(accountId);
        if (times == null) {
            return 0;
        }
        Instant since = clock.instant().minus(accountWindow);
        synchronized (times) {
            return (int) times.stream().filter(t -> t.isAfter(since)).count();
        }
    }

    private Authentication fullAuthentication(Account account, SecondFactorPending p) {
        accountFailures.remove(account.getId());
        SilianUser user = account.toUser();
        user.eraseCredentials();
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        authorities.add(FactorGrantedAuthority.fromFactor(TOTP_FACTOR));
        UsernamePasswordAuthenticationToken full = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        full.setDetails(p.getDetails());
        return full;
    }

    private Account enabledAccount(long accountId) {
        return accounts.findById(accountId).filter(a -> a.toUser().isEnabled())
                .orElseThrow(SecondFactorLockedException::new);
    }

    private static Authentication pending() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    private Account callerAccount() {
        Long id = pending() instanceof SecondFactorPending p ? Long.valueOf(p.accountId()) : currentUser.require().accountId();
        if (id == null) {
            throw new AccessDeniedException("the system has no second factor");
        }
        return accounts.findById(id).orElseThrow(() -> new AccessDeniedException("account gone"));
    }

    /** The otpauth URI authenticator apps read from the QR code (Key Uri Format; SHA1, 6 digits, 30 s are its defaults). */
    static String uri(String username, String secret) {
        return "otpauth://totp/Silian:" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "?secret=" + secret
                + "&issuer=Silian";
    }

    private void audit(Account account, AuditEvent.Action action, String summaryKey) {
        String actor = pending() instanceof SecondFactorPending p ? p.getName() : currentUser.username();
        events.publishEvent(new AuditEvent(actor, action, TYPE, String.valueOf(account.getId()),
                Message.of(summaryKey, account.getUsername()), null, null));
    }
}
