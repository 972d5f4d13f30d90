package cn.silian.calendar;

import cn.silian.security.AccountService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.PublicAddress;
import cn.silian.shared.Message;
import cn.silian.shared.i18n.SilianI18nProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person's calendar: what every {@link CalendarSource} has for him, and his subscription feed.
 * The feed's URL holds a random secret of which only the SHA-256 is stored, so the URL is shown
 * once, when it is made; a lost URL is renewed, which revokes the old one.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

    /** What the feed serves: the recent past, and a year ahead. */
    public static final Duration FEED_PAST = Duration.ofDays(30);
    public static final Duration FEED_AHEAD = Duration.ofDays(365);
    static final String FEED_PATH = "calendar/feed/";
    private static final String TYPE = "CalendarToken";
    private static final int SECRET_BYTES = 32;
    /** base64url of 32 bytes, unpadded: 43 characters. */
    private static final Pattern SECRET = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    private final CalendarTokenRepository tokens;
    private final List<CalendarSource> sources;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final PublicAddress address;
    private final SecureRandom random = new SecureRandom();

    CalendarService(CalendarTokenRepository tokens, List<CalendarSource> sources, AccountService accounts,
                    CurrentUser currentUser, ApplicationEventPublisher events,
                    PublicAddress address) {
        this.tokens = tokens;
        this.sources = List.copyOf(sources);
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.address = address;
    }

    /** The caller's entries overlapping [from, to), from every source, by start time. */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<CalendarEntry> entriesFor(Instant from, Instant to) {
        SilianUser me = currentUser.require();
        return collect(me.accountId(), me.deputyId(), from, to);
    }

    /** When the caller's active subscription was made, if he has one. */
    @PreAuthorize(Roles.ANY_ROLE)
    public Optional<Instant> subscribedSince() {
        return tokens.findByActiveAccountId(currentUser.require().accountId()).map(CalendarToken::createdAt);
    }

    /**
     * Makes the caller a subscription if he has none and returns its URL; empty when he has one
     * already, whose URL cannot be shown again (see {@link #renew()}).
     */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public Optional<String> subscriptionUrl() {
        SilianUser me = currentUser.require();
        if (tokens.findByActiveAccountId(me.accountId()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(create(me));
    }

    /** Revokes the caller's subscription, if any, and makes a new one: its URL. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public String renew() {
        SilianUser me = currentUser.require();
        revoke(me);
        return create(me);
    }

    /** The caller's subscription URL stops working at once. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public void revoke() {
        revoke(currentUser.require());
    }

    /**
     * The feed of the account whose active token has this secret, or empty for an unknown,
     * revoked or malformed one, or a disabled account. The secret is the credential: nobody is
     * signed in when a calendar client asks.
     */
    public Optional<String> feed(String secret, String baseUrl) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndRevokedAtIsNull(hash(secret))
                .flatMap(token -> accounts.enabledUser(token.accountId()))
                .map(user -> {
                    Instant now = Instant.now();
                    List<CalendarEntry> entries = collect(user.accountId(), user.deputyId(),
                            now.minus(FEED_PAST), now.plus(FEED_AHEAD));
                    String name = SilianI18nProvider.translate("calendar.feed.name", SilianI18nProvider.CHINESE,
                            user.displayName());
                    return Ics.calendar(name, entries, baseUrl);
                });
    }

    /**
     * Silian's address as users reach it, with a trailing slash: {@code silian.base-url} when set
     * (behind a proxy), else that of the current request, else (in a job) the local fallback.
     */
    public String baseUrl() {
        if (!address.configured() && RequestContextHolder.getRequestAttributes() != null) {
            String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
            return base.endsWith("/") ? base : base + "/";
        }
        return address.base();
    }

    private List<CalendarEntry> collect(Long accountId, Long deputyId, Instant from, Instant to) {
        List<CalendarEntry> all = new ArrayList<>();
        sources.forEach(source -> all.addAll(source.entriesFor(accountId, deputyId, from, to)));
        all.sort(Comparator.comparing(CalendarEntry::start).thenComparing(CalendarEntry::end)
                .thenComparing(CalendarEntry::uid));
        return all;
    }

    private String create(SilianUser me) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        CalendarToken token = tokens.saveAndFlush(new CalendarToken(me.accountId(), hash(secret)));
        audit(me, AuditEvent.Action.CREATE, "audit.calendar-token.created", token);
        return baseUrl() + FEED_PATH + secret + ".ics";
    }

    private void revoke(SilianUser me) {
        tokens.findByActiveAccountId(me.accountId()).ifPresent(token -> {
            token.revoke();
            // Flushed now, so that a new token of the same account does not meet the old one in the unique key.
            tokens.saveAndFlush(token);
            audit(me, AuditEvent.Action.DELETE, "audit.calendar-token.revoked", token);
        });
    }

    private void audit(SilianUser me, AuditEvent.Action action, String summaryKey, CalendarToken token) {
        events.publishEvent(new AuditEvent(me.getUsername(), action, TYPE, String.valueOf(token.getId()),
                Message.of(summaryKey, me.getUsername()), null, null));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
