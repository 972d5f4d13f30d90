package cn.silian.opinions;

import cn.silian.shared.InputRules;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.NotFoundException;
import cn.silian.stations.PublicStation;
import cn.silian.stations.StationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import cn.silian.shared.Formats;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public intake (您说我听，码上见): the only service anybody may call without an account, and
 * the only anonymous one that writes. It takes a concern for a station's street, refuses robots
 * (the honeypot), markup and floods (per client address and per station, counted in the
 * database), and answers a receipt code with the status and the public answer, nothing else.
 * A refused submission stores nothing.
 */
@Service
@Transactional(readOnly = true)
public class IntakeService {

    public static final int CONCERN_MAX = 500;
    public static final int NAME_MAX = 20;
    public static final int COMMUNITY_MAX = 50;
    /** Markup or script in a text: tags, character references, script URLs. Nobody's concern needs them. */
    private static final Pattern SCRIPTED = Pattern.compile("(?i)<\\s*[/!?a-z]|&#|javascript\\s*:|vbscript\\s*:|data\\s*:\\s*text/html");

    private final OpinionRepository opinions;
    private final OpinionLookupRepository lookups;
    private final OpinionService opinionService;
    private final StationService stations;
    private final IntakeSettings settings;

    IntakeService(OpinionRepository opinions, OpinionLookupRepository lookups, OpinionService opinionService,
                  StationService stations, IntakeSettings settings) {
        this.opinions = opinions;
        this.lookups = lookups;
        this.opinionService = opinionService;
        this.stations = stations;
        this.settings = settings;
    }

    /** The station whose form this is, if it takes messages (an active station). */
    public Optional<PublicStation> station(long stationId) {
        return stations.publicStation(stationId);
    }

    /**
     * Stores what a visitor sent at this station's form as a public opinion for the station's
     * street, and returns his receipt code. {@code clientAddress} is the request's remote
     * address (behind a proxy, as the proxy set it: see docs/operations.md).
     *
     * @throws InvalidInputException for bad or scripted input, a filled honeypot, or too many
     *                               messages from this address or at this station; nothing is stored
     */
    @Transactional
    public String submit(long stationId, IntakeDraft draft, String clientAddress) {
        PublicStation station = station(stationId).orElseThrow(() -> new NotFoundException("Station", stationId));
        if (draft == null) {
            throw new InvalidInputException("concern", "validation.required");
        }
        if (draft.website() != null && !draft.website().isEmpty()) {
            // A robot filled the field people never see. Told as plainly as a person would be.
            throw new InvalidInputException(null, "intake.error.refused");
        }
        InputRules.checker()
                .multiline("concern", draft.concern(), true, CONCERN_MAX)
                .check("concern", scripted(draft.concern()))
                .check("category", draft.category() == null ? "validation.required" : null)
                .text("community", draft.community(), false, COMMUNITY_MAX)
                .check("community", scripted(draft.community()))
                .text("name", draft.name(), false, NAME_MAX)
                .check("name", scripted(draft.name()))
                .check("phone", InputRules.phone(draft.phone()))
                .throwIfAny();
        String client = hash(clientAddress);
        Instant now = Instant.now();
        if (opinions.countFromClientSince(client, now.minus(settings.addressWindow())) >= settings.perAddress()
                || opinions.countPublicAtStationSince(stationId, now.minus(settings.stationWindow())) >= settings.perStation()) {
            throw new InvalidInputException(null, "intake.error.too-many");
        }
        String code = ReceiptCodes.next();
        while (opinions.existsByReceiptCode(code)) {
            code = ReceiptCodes.next();
        }
        OpinionDraft d = new OpinionDraft(draft.concern(), draft.category(), station.streetId(),
                InputRules.clean(draft.community()) == null ? station.community() : draft.community(), null,
                draft.name(), draft.phone());
        Opinion o = opinions.saveAndFlush(Opinion.fromPublic(d, stationId, code, client));
        opinionService.recorded(o, "public");
        return code;
    }

    /**
     * The status of the opinion with this receipt code, or empty for a code that matches none (a
     * guessed one). A merged opinion shows the one it was merged into. Look-ups are counted per
     * client address; too many within the window are refused.
     */
    @Transactional
    public Optional<PublicStatus> status(String receiptCode, String clientAddress) {
        String client = hash(clientAddress);
        Instant now = Instant.now();
        lookups.deleteOlderThan(now.minus(settings.lookupWindow()));
        if (lookups.countSince(client, now.minus(settings.lookupWindow())) >= settings.lookups()) {
            throw new InvalidInputException("code", "intake.error.too-many-lookups");
        }
        lookups.save(new OpinionLookup(client, now));
        String code = ReceiptCodes.normalise(receiptCode);
        if (code == null) {
            return Optional.empty();
        }
        return opinions.findByReceiptCode(code).map(sent -> {
            Opinion shown = sent;
            // A merged one follows the kept opinion (merges re-point chains, so one step is enough; a cap guards loops).
            for (int i = 0; i < 5 && shown.mergedInto() != null; i++) {
                shown = opinions.findById(shown.mergedInto()).orElse(shown);
            }
            return new PublicStatus(sent.createdAt().atZone(Formats.ZONE).toLocalDate(),
                    shown.state().publicKey(), shown.publicAnswer());
        });
    }

    static String scripted(String text) {
        return text != null && SCRIPTED.matcher(text).find() ? "intake.error.scripted" : null;
    }

    /** The client address as stored: a salted hash, never the address itself. */
    String hash(String clientAddress) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(settings.addressSalt().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update((clientAddress == null ? "" : clientAddress).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
