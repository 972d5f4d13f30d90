package cn.silian.security;

import cn.silian.shared.DisplayedUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/**
 * The signed-in user as every service sees him: his role, and the street, deputy record or
 * handling unit the role is bound to.
 */
public class SilianUser extends User implements DisplayedUser {

    private final Long accountId;
    private final String displayName;
    private final Role role;
    private final Long streetId;
    private final Long deputyId;
    private final Long unitId;
    private final boolean passwordChangeRequired;

    public SilianUser(Long accountId, String username, String passwordHash, boolean enabled,
                      String displayName, Role role, Long streetId, Long deputyId) {
        this(accountId, username, passwordHash, enabled, displayName, role, streetId, deputyId, null);
    }

    public SilianUser(Long accountId, String username, String passwordHash, boolean enabled,
                      String displayName, Role role, Long streetId, Long deputyId, Long unitId) {
        this(accountId, username, passwordHash, enabled, displayName, role, streetId, deputyId, unitId, false);
    }

    public SilianUser(Long accountId, String username, String passwordHash, boolean enabled,
                      String displayName, Role role, Long streetId, Long deputyId, Long unitId,
                      boolean passwordChangeRequired) {
        super(username, passwordHash, enabled, true, true, true,
                List.of(new SimpleGrantedAuthority(role.authority())));
        this.accountId = accountId;
        this.displayName = displayName;
        this.role = role;
        this.streetId = streetId;
        this.deputyId = deputyId;
        this.unitId = unitId;
        this.passwordChangeRequired = passwordChangeRequired;
    }

    /**
     * Whether, when he signed in, an administrator's reset still required him to choose his own
     * password ({@link AccountService#passwordChangeRequired()} tells whether it still does).
     */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public Long accountId() {
        return accountId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String roleKey() {
        return role.messageKey();
    }

    public Role role() {
        return role;
    }

    public Long streetId() {
        return streetId;
    }

    public Long deputyId() {
        return deputyId;
    }

    /** The handling unit a UNIT account answers for, else {@code null}. */
    public Long unitId() {
        return unitId;
    }

    public boolean is(Role other) {
        return role == other;
    }

    /** Office staff and administrators see and run everything. */
    public boolean isOfficeOrAdmin() {
        return role == Role.OFFICE || role == Role.ADMIN;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
