package cn.silian.opinions;

import cn.silian.security.Roles;
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
 * The register reads one suggestion at a time and reports its progress, so the views build it in
 * the background (see {@code SuggestionRegisterButton}).
 */
@Service
public class SuggestionExports {

    public static final String XLSX = SuggestionSheets.XLSX;
    public static final String PDF = SuggestionSheets.PDF;
    private static final int PAGE = 100;

    private final SuggestionService suggestions;

    SuggestionExports(SuggestionService suggestions) {
        this.suggestions = suggestions;
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
        Slice<SuggestionSummary> slice;
        do {
            slice = suggestions.page(filter, PageRequest.of(page++, PAGE, order));
            for (SuggestionSummary s : slice) {
                rows.add(row(suggestions.get(s.id()), text));
                progress.done(rows.size(), Math.max(total, rows.size()));
            }
        } while (slice.hasNext());
        return SuggestionSheets.register(text.of("export.suggestion.register-title", String.valueOf(year)), rows, text::of);
    }

    /** The file name of a year's register. */
    public static String registerFileName(int year) {
        return "suggestions-" + year + ".xlsx";
    }

    /** One suggestion as the caller sees it, with its facts, text, answers and timeline, as a PDF. */
    @PreAuthorize(Roles.SIGNED_IN)
    public byte[] pdf(long id, Locale locale) {
        Texts text = new Texts(locale);
        return SuggestionSheets.pdf(printout(suggestions.get(id), text), text::of);
    }

    /** The file name of a suggestion's PDF: its number once it has one. */
    public static String pdfFileName(long id, String code) {
        return "suggestion-" + (code == null ? String.valueOf(id) : code) + ".pdf";
    }

    // ---- rows ---------------------------------------------------------------------------------

    private static SuggestionSheets.RegisterRow row(SuggestionDetails d, Texts t) {
        String cosigners = d.signers().stream().filter(s -> s.status() == CosignStatus.CONFIRMED)
                .map(SuggestionDetails.Signer::name).collect(Collectors.joining(t.of("export.suggestion.separator")));
        SuggestionDetails.Assignment lead = d.assignments().stream().filter(a -> a.lead() && a.active())
                .findFirst().orElse(null);
        String coUnits = d.assignments().stream().filter(a -> !a.lead() && a.active())
                .map(SuggestionDetails.Assignment::unitName).collect(Collectors.joining(t.of("export.suggestion.separator")));
        SuggestionDetails.Answer answer = d.answers().isEmpty() ? null : d.answers().getLast();
        return new SuggestionSheets.RegisterRow(
                nz(d.code()), d.title(), nz(d.leadName()), cosigners,
                d.leadLevel() == null ? "" : t.apply(d.leadLevel().messageKey()),
                d.category() == null ? "" : t.apply(d.category().messageKey()),
                t.apply(d.state().messageKey()),
                lead == null ? "" : nz(lead.unitName()), coUnits,
                d.dueDate() == null ? "" : d.dueDate().toString(),
                answer == null ? "" : date(answer.answeredAt()),
                answer == null || answer.category() == null ? "" : t.apply(answer.category().messageKey()),
                answer == null || answer.satisfaction() == null ? "" : t.apply(answer.satisfaction().messageKey()),
                d.key() ? t.apply("export.suggestion.yes") : "",
                d.published() ? t.apply("export.suggestion.yes") : "");
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
