package cn.silian.security;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** One single-use recovery code of an account, kept only as a password hash. */
@Entity
@Table(name = "recovery_code")
class RecoveryCode extends BaseEntity {

    @Column(name = "account_id", nullable = false)
    private Long accountId;
    @Column(name = "code_hash", nullable = false, length = 200)
    private String codeHash;
    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(Long accountId, String codeHash) {
        this.accountId = accountId;
        this.codeHash = codeHash;
    }

    String getCodeHash() {
        return codeHash;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    void use() {
        this.usedAt = Instant.now();
    }
}
