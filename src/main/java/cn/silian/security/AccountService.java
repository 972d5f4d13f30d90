package cn.silian.security;

import cn.silian.shared.AuditEvent;
import cn.silian.shared.InputRules;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.PersonName;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Accounts: administrators manage them; login reads them. */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("^[a-z][a-z0-9._-]{2,49}$");
    private static final String TYPE = "Account";
    /** The demo accounts' published password, {@code Silian@2026}, is this long. */
    private static final int DEMO_PASSWORD_LENGTH = 11;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AccountSessions sessions;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                   ApplicationEventPublisher events, AccountSessions sessions) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.sessions = sessions;
    }

    /** For login only: the same exception whether the name is unknown or not. */
    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(normalize(username))
                .map(Account::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("bad credentials"));
    }

    /**
     * The enabled accounts of these deputies (deputy id → account id); people without an
     * account are left out. For delivering notices, also from system jobs: no role check, and
     * it reveals no personal data.
     */
    public Map<Long, Long> accountIdsOfDeputies(Collection<Long> deputyIds) {
        Map<Long, Long> result = new HashMap<>();
        for (Object[] row : inChunks(deputyIds, accounts::enabledAccountsOfDeputies)) {
            result.putIfAbsent((Long) row[0], (Long) row[1]);
        }
        return result;
    }

    /**
     * The enabled accounts that answer for this handling unit, for delivering notices, also
     * from system jobs: no role check, and it reveals no personal data.
     */
    public List<Long> accountIdsOfUnit(long unitId) {
        return accounts.enabledAccountIdsOfUnit(unitId);
    }

    /** The enabled accounts of a street's staff, for what waits for their triage; like {@link #accountIdsOfUnit}. */
    public List<Long> staffAccountIdsOfStreet(long streetId) {
        return accounts.enabledStaffAccountIdsOfStreet(streetId);
    }

    /** The enabled accounts of a role (the office, for its notices); like {@link #accountIdsOfUnit}. */
    public List<Long> accountIdsWithRole(Role role) {
        return accounts.enabledAccountIdsWithRole(role);
    }

    /**
     * How these user names are shown to people, in one query per thousand names: for a page of
     * rows that say who did something. The system (demo loader, jobs) is {@link PersonName#SYSTEM};
     * a name no account has any more (since deleted) is all that is left of him and shown as it is.
     * Any signed-in user: display names are shown on every page anyway.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public Map<String, PersonName> names(Collection<String> usernames) {
        Map<String, PersonName> result = new HashMap<>();
        for (Object[] row : inChunks(usernames, accounts::namesOf)) {
            result.put((String) row[0], new PersonName((String) row[1], ((Role) row[2]).messageKey()));
        }
        if (usernames != null) {
            usernames.stream().filter(Objects::nonNull).forEach(name -> result.computeIfAbsent(name,
                    n -> n.equals(SystemUser.NAME) ? PersonName.SYSTEM : new PersonName(n, null)));
        }
        return result;
    }

    /**
     * The rows of a query about many keys, asked a thousand keys at a time: that keeps the IN list
     * within what every database accepts, for invitations of thousands.
     */
    private static <K> List<Object[]> inChunks(Collection<K> keys, Function<List<K>, List<Object[]>> query) {
        List<Object[]> rows = new ArrayList<>();
        if (keys == null) {
            return rows;
        }
        List<K> distinct = keys.stream().filter(Objects::nonNull).distinct().toList();
        for (int from = 0; from < distinct.size(); from += 1000) {
            rows.addAll(query.apply(distinct.subList(from, Math.min(distinct.size(), from + 1000))));
        }
        return rows;
    }

    /** The deputies that accounts belong to, for work credited to whoever recorded it; others are left out. */
    @PreAuthorize(Roles.SIGNED_IN)
    public Map<String, Long> deputiesOf(Collection<String> usernames) {
        Map<String, Long> result = new HashMap<>();
        for (Object[] row : inChunks(usernames, accounts::deputiesOf)) {
            result.put((String) row[0], (Long) row[1]);
        }
        return result;
    }

    /** How one user name is shown; see {@link #names}. */
    @PreAuthorize(Roles.SIGNED_IN)
    public PersonName name(String username) {
        return username == null ? null : names(List.of(username)).get(username);
    }

    /**
     * The enabled account with this id, without its password hash. For work that runs with nobody
     * signed in on behalf of an account (the calendar feed, whose secret URL is the credential).
     */
    public Optional<SilianUser> enabledUser(long accountId) {
        return accounts.findById(accountId).map(Account::toUser).filter(SilianUser::isEnabled).map(user -> {
            user.eraseCredentials();
            return user;
        });
    }

    @PreAuthorize(Roles.ADMIN_ONLY)
    public Slice<AccountSummary> page(String filter, Pageable pageable) {
        String like = filter == null || filter.isBlank() ? null : "%" + filter.strip().toLowerCase(Locale.ROOT) + "%";
        return accounts.search(like, pageable).map(Account::toSummary);
    }

    @PreAuthorize(Roles.ADMIN_ONLY)
    public AccountSummary get(long id) {
        return find(id).toSummary();
    }

    /**
     * The first administrator of an install without demo data, with the password the operator put
     * in the environment: the full policy applies, and it must be changed at the first sign-in.
     * Package-private: only {@link InitialAdministrator} calls it, as the system.
     */
    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    AccountSummary createInitialAdministrator(String username, String password, String displayName) {
        String problem = PasswordPolicy.check(password, username, displayName);
        if (problem != null) {
            throw new InvalidInputException("password", problem);
        }
        Account account = new Account(username, passwordEncoder.encode(password));
        account.apply(new AccountDraft(username, displayName, Role.ADMIN, null, null, true));
        account.changePassword(passwordEncoder.encode(password), true);
        accounts.saveAndFlush(account);
        publish(AuditEvent.Action.CREATE, account, "audit.account.created", null, account.describe());
        return account.toSummary();
    }

    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public AccountSummary create(AccountDraft draft, String password) {
        String username = normalize(draft.username());
        InputRules.Checker checker = validate(draft)
                .check("username", username == null ? "validation.required"
                        : !USERNAME.matcher(username).matches() ? "account.username.invalid" : null)
                .check("password", initialPasswordProblem(password, username, draft.displayName()));
        if (username != null && accounts.existsByUsername(username)) {
            checker.check("username", "account.username.taken");
        }
        checker.throwIfAny();
        Account account = new Account(username, passwordEncoder.encode(password));
        account.apply(draft);
        accounts.saveAndFlush(account);
        publish(AuditEvent.Action.CREATE, account, "audit.account.created", null, account.describe());
        return account.toSummary();
    }

    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public AccountSummary update(long id, long version, AccountDraft draft) {
        Account account = find(id);
        account.checkVersion(version);
        InputRules.Checker checker = validate(draft);
        if (Objects.equals(currentUser.require().accountId(), id) && (draft.role() != Role.ADMIN || !draft.enabled())) {
            // An administrator who demotes or disables himself may lock everybody out.
            checker.check("role", "account.self-lockout");
        }
        checker.throwIfAny();
        String before = account.describe();
        account.apply(draft);
        accounts.saveAndFlush(account);
        publish(AuditEvent.Action.UPDATE, account, "audit.account.changed", before, account.describe());
        // A session keeps the role, street and enabled flag it signed in with: end it.
        sessions.endSessionsOf(account.getUsername());
        return account.toSummary();
    }

    /**
     * Sets a password the administrator has chosen and told the user, who therefore must choose
     * one of his own at his next sign-in (ASVS 6.4): until then he can open only the
     * change-password view.
     */
    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public void resetPassword(long id, String password) {
        Account account = find(id);
        InputRules.checker().check("password", PasswordPolicy.check(password, account.getUsername(),
                account.getDisplayName())).throwIfAny();
        account.changePassword(passwordEncoder.encode(password), true);
        accounts.saveAndFlush(account);
        publish(AuditEvent.Action.UPDATE, account, "audit.account.password-reset", null, null);
        sessions.endSessionsOf(account.getUsername());
    }

    /**
     * The caller's own new password, after proving he knows the current one; lifts the change an
     * administrator's reset requires. Every role's account may, never a sign-in still waiting for
     * its second factor.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    // The refusal changes nothing but its audit entry, which must survive it.
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        SilianUser me = currentUser.require();
        Account account = find(me.accountId());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.toUser().getPassword())) {
            events.publishEvent(new AuditEvent(me.getUsername(), AuditEvent.Action.UPDATE, TYPE,
                    String.valueOf(account.getId()), Message.of("audit.account.password-change-refused",
                    account.getUsername()), null, null));
            throw new InvalidInputException("currentPassword", "password.current-wrong");
        }
        InputRules.Checker checker = InputRules.checker().check("newPassword",
                PasswordPolicy.check(newPassword, account.getUsername(), account.getDisplayName()));
        if (newPassword != null && newPassword.equals(currentPassword)) {
            checker.check("newPassword", "password.same-as-current");
        }
        checker.throwIfAny();
        account.changePassword(passwordEncoder.encode(newPassword), false);
        accounts.saveAndFlush(account);
        publish(AuditEvent.Action.UPDATE, account, "audit.account.password-changed", null, null);
        // whoever else used the old password is signed out; this session stays
        sessions.endSessionsOf(account.getUsername());
    }

    /**
     * Whether this signed-in account still has to replace a password an administrator set; read
     * from the database, as the reset may have happened after the sign-in.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public boolean passwordChangeRequired() {
        Long id = currentUser.get().map(SilianUser::accountId).orElse(null);
        return id != null && accounts.findById(id).map(Account::isPasswordChangeRequired).orElse(false);
    }

    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public void delete(long id) {
        if (Objects.equals(currentUser.require().accountId(), id)) {
            throw new InvalidInputException(null, "account.self-lockout");
        }
        Account account = find(id);
        accounts.delete(account);
        publish(AuditEvent.Action.DELETE, account, "audit.account.deleted", account.describe(), null);
        sessions.endSessionsOf(account.getUsername());
    }

    @PreAuthorize(Roles.ADMIN_ONLY)
    public long count() {
        return accounts.count();
    }

    private InputRules.Checker validate(AccountDraft draft) {
        InputRules.Checker checker = InputRules.checker()
                .text("displayName", draft.displayName(), true, 50)
                .check("role", draft.role() == null ? "validation.required" : null);
        if (draft.role() == Role.STREET_STAFF && draft.streetId() == null) {
            checker.check("streetId", "account.street.required");
        }
        if (draft.role() == Role.DEPUTY && draft.deputyId() == null) {
            checker.check("deputyId", "account.deputy.required");
        }
        if (draft.role() == Role.UNIT && draft.unitId() == null) {
            checker.check("unitId", "account.unit.required");
        }
        return checker;
    }

    private Account find(Long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    private void publish(AuditEvent.Action action, Account account, String summaryKey, String before, String after) {
        events.publishEvent(new AuditEvent(currentUser.username(), action, TYPE, String.valueOf(account.getId()),
                Message.of(summaryKey, account.getUsername()), before, after));
    }

    /**
     * The policy, except for the length of what start-up work under the system identity (the demo
     * loader, which has no account of its own) sets: the demo's published 11-character password
     * predates the 12-character rule. It must still not be common or contain the names.
     */
    private String initialPasswordProblem(String password, String username, String displayName) {
        boolean startUpWork = currentUser.get()
                .map(u -> u.accountId() == null && SystemUser.NAME.equals(u.getUsername())).orElse(false);
        return PasswordPolicy.check(password, username, displayName,
                startUpWork ? DEMO_PASSWORD_LENGTH : PasswordPolicy.MIN_LENGTH);
    }

    static String normalize(String username) {
        return username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
