package cn.silian.security;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** An account's TOTP secret; unconfirmed while its owner has not yet entered a code made from it. */
@Entity
@Table(name = "second_factor")
class SecondFactor extends BaseEntity {

    @Column(name = "account_id", nullable = false)
    private Long accountId;
    @Column(nullable = false, length = 64)
    private String secret;
    @Column(nullable = false)
    private boolean confirmed;
    /** The last time step a code was accepted for: codes of this step and earlier are refused. */
    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected SecondFactor() {
    }

    SecondFactor(Long accountId, String secret) {
        this.accountId = accountId;
        this.createdAt = Instant.now();
        restart(secret);
    }

    /** A new secret for a new enrolment: unconfirmed until a code proves the app has it. */
    void restart(String newSecret) {
        this.secret = newSecret;
        this.confirmed = false;
        this.confirmedAt = null;
        this.lastUsedStep = -1;
    }

    /**
     * Accepts a code of the step before, the step of {@code now} or the step after (clocks drift),
     * once: a code whose step is not later than the last accepted one is refused.
     */
    boolean accept(String code, Instant now) {
        if (code == null) {
            return false;
        }
        String digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{" + Totp.DIGITS + "}")) {
            return false;
        }
        long current = Totp.step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastUsedStep && java.security.MessageDigest.isEqual(
                    Totp.code(secret, step).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    digits.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                lastUsedStep = step;
                return true;
            }
        }
        return false;
    }

    void confirm() {
        this.confirmed = true;
        this.confirmedAt = Instant.now();
    }

    Long getAccountId() {
        return accountId;
    }

    String getSecret() {
        return secret;
    }

    boolean isConfirmed() {
        return confirmed;
    }
}
