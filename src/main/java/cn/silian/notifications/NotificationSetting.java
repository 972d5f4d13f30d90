package cn.silian.notifications;

import cn.silian.shared.BaseEntity;
import cn.silian.shared.i18n.SilianI18nProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Locale;

/** One account's e-mail choices; an account without a row gets no e-mail. */
@Entity
@Table(name = "notification_setting")
class NotificationSetting extends BaseEntity {

    static final NotificationSettings DEFAULTS = new NotificationSettings(null, Delivery.NONE, SilianI18nProvider.CHINESE);

    @Column(name = "account_id", nullable = false)
    private Long accountId;
    @Column(length = 254)
    private String email;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 15)
    private Delivery delivery;
    @Column(nullable = false, length = 10)
    private String language;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NotificationSetting() {
    }

    NotificationSetting(long accountId) {
        this.accountId = accountId;
    }

    void apply(String email, Delivery delivery, Locale language, Instant now) {
        this.email = email;
        this.delivery = delivery;
        this.language = tagOf(language);
        this.updatedAt = now;
    }

    NotificationSettings toSettings() {
        return new NotificationSettings(email, delivery, localeOf(language));
    }

    /** Whether e-mail of this mode goes out to this account. */
    boolean wantsMail(Delivery mode) {
        return delivery == mode && email != null;
    }

    boolean wantsAnyMail() {
        return delivery != Delivery.NONE && email != null;
    }

    Long getAccountId() {
        return accountId;
    }

    String getEmail() {
        return email;
    }

    Locale locale() {
        return localeOf(language);
    }

    static String tagOf(Locale locale) {
        return SilianI18nProvider.supported(locale) == SilianI18nProvider.ENGLISH ? "en" : "zh_CN";
    }

    static Locale localeOf(String tag) {
        return "en".equals(tag) ? SilianI18nProvider.ENGLISH : SilianI18nProvider.CHINESE;
    }

    String describe() {
        return "delivery=" + delivery + ", language=" + language + ", email=" + (email == null ? "none" : "set");
    }
}
