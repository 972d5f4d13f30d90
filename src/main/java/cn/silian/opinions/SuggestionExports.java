package cn.silian.opinions;

import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.Message;
import org.springframework.context.ApplicationEventPublisher;
import cn.silian.shared.i18n.SilianI18nProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Downloads of suggestions: the register of a year as Excel and one suggestion with its timeline
 * and answers as PDF. Both read through {@link SuggestionService}, so they hold exactly what the
 * caller may see (the office: everything); a suggestion he may not see is not found.
 * The register reads the suggestions a chunk at a time, each chunk with its co-signers, units and
 * answers at once, and reports its progress, so the views build it in the background (see
 * {@code SuggestionRegisterButton}).
 */
@Service
public class SuggestionExports {

    public static final String XLSX = SuggestionSheets.XLSX;
    public static final String PDF = SuggestionSheets.PDF;
    /** Suggestions the register reads at a time: its statements grow with the chunks, not the rows. */
    public static final int CHUNK = 100;

    private final SuggestionService suggestions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    SuggestionExports(SuggestionService suggestions, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.suggestions = suggestions;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Hears how many suggestions of how many are in the register so far. */
    @FunctionalInterface
    public interface Progress {
        void done(long done, long total);
    }

    /** How many suggestions of the year the caller's register will hold. */
    @PreAuthorize(Roles.SIGNED_IN)
    public long registerSize(int year) {
        return suggestions.count(SuggestionFilter.all().withYear(year));
    }

    /**
     * The year's suggestions the caller sees, in the order of their numbers (unnumbered drafts last),
     * as an Excel workbook in the given language. Blocks while it reads: call it off the UI thread
     * with the caller's security context.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public byte[] register(int year, Locale locale, Progress progress) {
        Texts text = new Texts(locale);
        SuggestionFilter filter = SuggestionFilter.all().withYear(year);
        long total = suggestions.count(filter);
        List<SuggestionSheets.RegisterRow> rows = new ArrayList<>();
        Sort order = Sort.by(Sort.Order.asc("number").nullsLast(), Sort.Order.asc("id"));
        int page = 0;
        Slice<RegisterEntry> slice;
        do {
            slice = suggestions.registerEntries(filter, PageRequest.of(page++, CHUNK, order));
            for (RegisterEntry e : slice) {
                rows.add(row(e, text));
                progress.done(rows.size(), Math.max(total, rows.size()));
            }
        } while (slice.hasNext());
        byte[] sheet = SuggestionSheets.register(text.of("export.suggestion.register-title", String.valueOf(year)), rows, text::of);
        // Taking data out of the system is a line of the audit trail (outside any transaction: its own).
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.DOWNLOAD, "Suggestion", null,
                Message.of("audit.suggestion.register-exported", String.valueOf(year), rows.size()), null, null));
        return sheet;
    }

    /** The file name of a year's register. */
    public static String registerFileName(int year) {
        return "suggestions-" + year + ".xlsx";
    }

    /** One suggestion as the caller sees it, with its facts, text, answers and timeline, as a PDF. */
    @PreAuthorize(Roles.SIGNED_IN)
    public byte[] pdf(long id, Locale locale) {
        Texts text = new Texts(locale);
        byte[] pdf = SuggestionSheets.pdf(printout(suggestions.get(id), text), text::of);
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.DOWNLOAD, "Suggestion",
                String.valueOf(id), Message.of("audit.suggestion.pdf-exported", String.valueOf(id)), null, null));
        return pdf;
    }

    /** The file name of a suggestion's PDF: its number once it has one. */
    public static String pdfFileName(long id, String code) {
        return "suggestion-" + (code == null ? String.valueOf(id) : code) + ".pdf";
    }

    // ---- rows ---------------------------------------------------------------------------------

    private static SuggestionSheets.RegisterRow row(RegisterEntry e, Texts t) {
        String separator = t.of("export.suggestion.separator");
        String cosigners = String.join(separator, e.cosigners());
        String coUnits = String.join(separator, e.coUnits());
        boolean answered = e.answeredAt() != null;
        return new SuggestionSheets.RegisterRow(
                nz(e.code()), e.title(), nz(e.leadName()), cosigners,
                e.leadLevel() == null ? "" : t.apply(e.leadLevel().messageKey()),
                e.category() == null ? "" : t.apply(e.category().messageKey()),
                t.apply(e.state().messageKey()),
                nz(e.leadUnit()), coUnits,
                e.dueDate() == null ? "" : e.dueDate().toString(),
                answered ? date(e.answeredAt()) : "",
                !answered || e.answer() == null ? "" : t.apply(e.answer().messageKey()),
                !answered || e.rating() == null ? "" : t.apply(e.rating().messageKey()),
                e.key() ? t.apply("export.suggestion.yes") : "",
                e.published() ? t.apply("export.suggestion.yes") : "");
    }

    private static SuggestionSheets.Printout printout(SuggestionDetails d, Texts t) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[]{t.apply("export.suggestion.number"), d.code() == null ? t.apply("export.suggestion.no-number") : d.code()});
        facts.add(new String[]{t.apply("export.suggestion.year"), String.valueOf(d.year())});
        facts.add(new String[]{t.apply("export.suggestion.lead"), withLevel(d.leadName(), d.leadLevel(), t)});
        String cosigners = d.signers().stream().filter(s -> s.status() == CosignStatus.CONFIRMED)
                .map(s -> withLevel(s.name(), s.level(), t))
                .collect(Collectors.joining(t.of("export.suggestion.separator")));
        facts.add(new String[]{t.apply("export.suggestion.cosigners"), cosigners});
        facts.add(new String[]{t.apply("export.suggestion.category"), d.category() == null ? "" : t.apply(d.category().messageKey())});
        facts.add(new String[]{t.apply("export.suggestion.state"), t.apply(d.state().messageKey())});
        String units = d.assignments().stream().filter(SuggestionDetails.Assignment::active)
                .map(a -> t.of("export.suggestion.qualified", a.unitName(),
                        t.apply(a.lead() ? "export.suggestion.lead-unit" : "export.suggestion.co-unit")))
                .collect(Collectors.joining(t.of("export.suggestion.separator")));
        facts.add(new String[]{t.apply("export.suggestion.units"), units});
        facts.add(new String[]{t.apply("export.suggestion.due"), d.dueDate() == null ? "" : d.dueDate().toString()});
        if (d.key()) {
            facts.add(new String[]{t.apply("export.suggestion.key"), nz(d.keyLeader())
                    + (d.keyFollowers() == null ? "" : " · " + d.keyFollowers())});
        }
        if (d.notFiledReason() != null) {
            facts.add(new String[]{t.apply("export.suggestion.not-filed-reason"), d.notFiledReason()});
        }
        List<SuggestionSheets.Answer> answers = new ArrayList<>();
        for (SuggestionDetails.Answer a : d.answers()) {
            String heading = t.of("export.suggestion.answer-heading", String.valueOf(a.round()), nz(a.unitName()),
                    a.category() == null ? "" : t.apply(a.category().messageKey()), SuggestionSheets.when(a.answeredAt()));
            String rating = a.satisfaction() == null ? null : t.of("export.suggestion.rated",
                    t.apply(a.satisfaction().messageKey()), a.ratingReason() == null ? "" : a.ratingReason());
            answers.add(new SuggestionSheets.Answer(heading, nz(a.text()), rating));
        }
        List<String[]> steps = new ArrayList<>();
        for (SuggestionDetails.Step s : d.steps()) {
            String by = SuggestionSheets.name(s.actor(), t::of)
                    + (s.onBehalfOfUnit() == null ? "" : t.of("export.suggestion.on-behalf", s.onBehalfOfUnit()));
            steps.add(new String[]{SuggestionSheets.when(s.at()), t.apply(s.action().messageKey()), by, nz(s.comment())});
        }
        return new SuggestionSheets.Printout(d.title(), facts, d.body(), steps, answers);
    }

    /** The bundles in the caller's language, usable off the UI thread. */
    private record Texts(Locale locale) {
        String of(String key, Object... args) {
            return SilianI18nProvider.translate(key, locale, args);
        }

        String apply(String key) {
            return of(key);
        }
    }

    private static String withLevel(String name, cn.silian.people.Level level, Texts t) {
        return level == null ? nz(name) : t.of("export.suggestion.qualified", nz(name), t.apply(level.messageKey()));
    }

    private static String date(Instant at) {
        return at == null ? "" : at.atZone(cn.silian.shared.Formats.ZONE).toLocalDate().toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
