package cn.silian.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * A session whose password was right but whose second factor is still to come. It carries only
 * {@link #AUTHORITY}, none of the account's roles, and its principal is the bare user name, not a
 * {@link SilianUser}: services see nobody signed in, and the only route that admits it is the
 * second-factor page.
 */
public final class SecondFactorPending extends AbstractAuthenticationToken {

    public static final String ROLE = "SECOND_FACTOR_PENDING";
    public static final String AUTHORITY = "ROLE_" + ROLE;

    private final long accountId;
    private final String username;
    /** Wrong codes entered in this pending session; it lives in the HTTP session with the token. */
    private int failures;
    /** Set once an enrolment is confirmed in this pending session: that code was the second factor. */
    private boolean enrolled;

    SecondFactorPending(long accountId, String username, Object details) {
        super(AuthorityUtils.createAuthorityList(AUTHORITY));
        this.accountId = accountId;
        this.username = username;
        setDetails(details);
        setAuthenticated(true);
    }

    long accountId() {
        return accountId;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    synchronized int failed() {
        return ++failures;
    }

    synchronized int failures() {
        return failures;
    }

    synchronized void enrolled() {
        enrolled = true;
    }

    synchronized boolean hasEnrolled() {
        return enrolled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecondFactorPending other && other.accountId == accountId && super.equals(o);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }
}
