package cn.silian.security;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * A login. STREET_STAFF accounts are bound to one street, DEPUTY accounts to one deputy record,
 * UNIT accounts to one handling unit.
 */
@Entity
@Table(name = "account")
class Account extends BaseEntity {

    @Column(nullable = false, length = 50)
    private String username;
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;
    @Column(name = "display_name", nullable = false, length = 50)
    private String displayName;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Role role;
    @Column(name = "street_id")
    private Long streetId;
    @Column(name = "deputy_id")
    private Long deputyId;
    /** The handling unit a UNIT account answers for (opinions module's handling_unit). */
    @Column(name = "unit_id")
    private Long unitId;
    @Column(nullable = false)
    private boolean enabled = true;
    /** Set by an administrator's reset: the account must choose a password of its own before anything else. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Account() {
    }

    Account(String username, String passwordHash) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void apply(AccountDraft draft) {
        this.displayName = draft.displayName().strip();
        this.role = draft.role();
        this.streetId = draft.role() == Role.STREET_STAFF ? draft.streetId() : null;
        this.deputyId = draft.role() == Role.DEPUTY ? draft.deputyId() : null;
        this.unitId = draft.role() == Role.UNIT ? draft.unitId() : null;
        this.enabled = draft.enabled();
        this.updatedAt = Instant.now();
    }

    void changePassword(String hash, boolean changeRequired) {
        this.passwordHash = hash;
        this.passwordChangeRequired = changeRequired;
        this.updatedAt = Instant.now();
    }

    boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    String getDisplayName() {
        return displayName;
    }

    SilianUser toUser() {
        return new SilianUser(getId(), username, passwordHash, enabled, displayName, role, streetId, deputyId, unitId,
                passwordChangeRequired);
    }

    AccountSummary toSummary() {
        return new AccountSummary(getId(), username, displayName, role, streetId, deputyId, unitId, enabled, getVersion());
    }

    /** For the audit trail: never the password hash. */
    String describe() {
        return "username=" + username + ", name=" + displayName + ", role=" + role
                + (streetId != null ? ", street=" + streetId : "")
                + (deputyId != null ? ", deputy=" + deputyId : "")
                + (unitId != null ? ", unit=" + unitId : "")
                + ", enabled=" + enabled;
    }

    String getUsername() {
        return username;
    }
}
