package cn.silian.calendar;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A subscription token of one account: the hash of its secret, never the secret itself. */
@Entity
@Table(name = "calendar_token")
class CalendarToken extends BaseEntity {

    @Column(name = "account_id", nullable = false)
    private Long accountId;
    /** The account while active, null once revoked: what the unique key needs. */
    @Column(name = "active_account_id")
    private Long activeAccountId;
    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected CalendarToken() {
    }

    CalendarToken(Long accountId, String tokenHash) {
        this.accountId = accountId;
        this.activeAccountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = Instant.now();
    }

    void revoke() {
        this.activeAccountId = null;
        this.revokedAt = Instant.now();
    }

    Long accountId() { return accountId; }
    String tokenHash() { return tokenHash; }
    Instant createdAt() { return createdAt; }
    Instant revokedAt() { return revokedAt; }
    boolean active() { return revokedAt == null; }
}
