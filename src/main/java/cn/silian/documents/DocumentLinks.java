package cn.silian.documents;

import cn.silian.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * Links to a document's file. Each link is signed for the user it was made for and expires, so
 * it cannot be guessed, and copied into another user's session it opens nothing; the download
 * itself checks his right to the document again.
 */
@Component
public class DocumentLinks {

    static final Duration VALID_FOR = Duration.ofHours(8);
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] secret;
    private final CurrentUser currentUser;
    private final Clock clock;

    @Autowired
    DocumentLinks(@Value("${silian.documents.link-secret:}") String configuredSecret, CurrentUser currentUser) {
        this(configuredSecret, currentUser, Clock.systemUTC());
    }

    DocumentLinks(String configuredSecret, CurrentUser currentUser, Clock clock) {
        // Several nodes behind one address must share the secret; one node may make up its own.
        this.secret = configuredSecret == null || configuredSecret.isBlank() ? random()
                : configuredSecret.getBytes(StandardCharsets.UTF_8);
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** How a file is sent: shown in the browser (a preview) or saved. */
    public enum Mode {
        VIEW, SAVE
    }

    /** A link for the signed-in user to a version of a document. */
    public String href(long documentId, int version, Mode mode) {
        long expires = clock.instant().plus(VALID_FOR).getEpochSecond();
        String mark = mode == Mode.VIEW ? "v" : "s";
        return "files/" + documentId + "/" + version + "?m=" + mark + "&e=" + expires + "&s="
                + sign(currentUser.username(), documentId, version, mark, expires);
    }

    /** Whether a link's signature is this user's and it has not expired. */
    boolean valid(String username, long documentId, int version, String mark, long expires, String signature) {
        if (signature == null || expires < clock.instant().getEpochSecond()) {
            return false;
        }
        byte[] expected = sign(username, documentId, version, mark, expires).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String username, long documentId, int version, String mark, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            String message = username + '\n' + documentId + '\n' + version + '\n' + mark + '\n' + expires;
            return BASE64.encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
