package cn.silian.notifications;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;

/** One notice in one account's inbox. */
@Entity
@Table(name = "notification")
class Notification extends BaseEntity {

    static final int MAX_ARGS_LENGTH = 4000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Column(name = "account_id", nullable = false)
    private Long accountId;
    @Column(nullable = false, length = 40)
    private String kind;
    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;
    @Column(nullable = false, length = MAX_ARGS_LENGTH)
    private String args;
    @Column(length = 300)
    private String link;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "mail_state", nullable = false, length = 10)
    private MailState mailState;
    @Column(name = "emailed_at")
    private Instant emailedAt;

    protected Notification() {
    }

    Notification(long accountId, Notice notice, String encodedArgs, Instant now, MailState mailState) {
        this.accountId = accountId;
        this.kind = notice.kind();
        this.messageKey = notice.messageKey();
        this.args = encodedArgs;
        this.link = notice.link();
        this.createdAt = now;
        this.mailState = mailState;
    }

    /** JSON, because arguments are free text (titles, reasons) that may hold any separator. */
    static String encode(List<String> args) {
        return JSON.writeValueAsString(args);
    }

    static List<String> decode(String json) {
        return json == null || json.isBlank() ? List.of() : JSON.readValue(json, STRINGS);
    }

    void markRead(boolean read, Instant now) {
        if (read && readAt == null) {
            readAt = now;
        } else if (!read) {
            readAt = null;
        }
    }

    InboxItem toItem() {
        return new InboxItem(getId(), kind, messageKey, decode(args), link, createdAt, readAt != null);
    }

    Long getAccountId() {
        return accountId;
    }

    MailState getMailState() {
        return mailState;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
