package cn.silian.opinions;

import cn.silian.performance.ActivityKind;
import cn.silian.performance.DutyActivitiesChanged;
import cn.silian.performance.DutyActivity;
import cn.silian.performance.DutyActivitySource;
import cn.silian.shared.Formats;
import cn.silian.shared.Message;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a suggestion counts as duty: led by its lead and co-signed by each who confirmed, from the
 * day it was submitted; a key suggestion for its lead; the lead's rating of the answer. A
 * suggestion withdrawn or not filed (不予立案) counts for nobody: the office judged it not a
 * suggestion, and counting it would reward volume over substance.
 */
@Component
class SuggestionActivity implements DutyActivitySource {

    static final String TYPE = "suggestion";
    private static final Set<SuggestionState> NOT_COUNTED =
            EnumSet.of(SuggestionState.DRAFT, SuggestionState.WITHDRAWN, SuggestionState.NOT_FILED);

    /** A step changed what the suggestion counts for its deputies. */
    record SuggestionActivityChanged(long sourceId, List<DutyActivity> activities) implements DutyActivitiesChanged {
        @Override
        public String sourceType() {
            return TYPE;
        }
    }

    private final EntityManager em;

    SuggestionActivity(EntityManager em) {
        this.em = em;
    }

    SuggestionActivityChanged changed(long suggestionId) {
        return new SuggestionActivityChanged(suggestionId, of(List.of(suggestionId)));
    }

    /** Three queries for any number of suggestions: them, their confirmed co-signers, their rated answers. */
    List<DutyActivity> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Suggestion> suggestions = em.createQuery("select s from Suggestion s where s.id in :ids order by s.id",
                Suggestion.class).setParameter("ids", ids).getResultList();
        Map<Long, List<Long>> cosigners = new HashMap<>();
        em.createQuery("""
                        select g.suggestionId, g.deputyId from SuggestionSigner g
                        where g.suggestionId in :ids and g.status = cn.silian.opinions.CosignStatus.CONFIRMED
                        order by g.suggestionId, g.deputyId""", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> cosigners.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Long) r[1]));
        Map<Long, SuggestionAnswer> latestAnswer = new HashMap<>();
        Map<Long, Instant> firstRating = new HashMap<>();
        for (SuggestionAnswer a : em.createQuery("select a from SuggestionAnswer a where a.suggestionId in :ids",
                SuggestionAnswer.class).setParameter("ids", ids).getResultList()) {
            latestAnswer.merge(a.suggestionId(), a, (x, y) -> x.round() >= y.round() ? x : y);
            if (a.ratedAt() != null) {
                firstRating.merge(a.suggestionId(), a.ratedAt(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        List<DutyActivity> result = new ArrayList<>();
        for (Suggestion s : suggestions) {
            result.addAll(activities(s, cosigners.getOrDefault(s.getId(), List.of()), latestAnswer.get(s.getId()),
                    firstRating.get(s.getId())));
        }
        return result;
    }

    /** The one rule, for the event and for the replay alike. */
    static List<DutyActivity> activities(Suggestion s, List<Long> confirmedCosigners, SuggestionAnswer latest,
                                         Instant firstRating) {
        if (s.submittedAt() == null || NOT_COUNTED.contains(s.state())) {
            return List.of();
        }
        LocalDate submitted = LocalDate.ofInstant(s.submittedAt(), Formats.ZONE);
        long id = s.getId();
        String link = "suggestions/" + id;
        Message detail = latest == null
                ? Message.of("performance.detail.suggestion", Message.of(s.state().messageKey()))
                : Message.of("performance.detail.suggestion-answered", Message.of(s.state().messageKey()),
                        Message.of(latest.category().messageKey()),
                        latest.satisfaction() == null ? Message.of("performance.detail.not-rated")
                                : Message.of(latest.satisfaction().messageKey()));
        List<DutyActivity> list = new ArrayList<>();
        list.add(new DutyActivity(ActivityKind.SUGGESTION_LED, s.leadDeputyId(), submitted, TYPE, id, s.title(), link, detail));
        for (long cosigner : new LinkedHashSet<>(confirmedCosigners)) {
            if (cosigner != s.leadDeputyId()) {
                list.add(new DutyActivity(ActivityKind.SUGGESTION_COSIGNED, cosigner, submitted, TYPE, id, s.title(), link,
                        detail));
            }
        }
        if (s.key()) {
            list.add(new DutyActivity(ActivityKind.KEY_SUGGESTION, s.leadDeputyId(), submitted, TYPE, id, s.title(), link,
                    detail));
        }
        if (firstRating != null) {
            list.add(new DutyActivity(ActivityKind.SUGGESTION_RATED, s.leadDeputyId(),
                    LocalDate.ofInstant(firstRating, Formats.ZONE), TYPE, id, s.title(), link, detail));
        }
        return list;
    }

    @Override
    public List<DutyActivity> activitiesIn(int year) {
        return inYear(year, idsIn(year, null));
    }

    @Override
    public List<DutyActivity> activitiesOf(long deputyId, int year) {
        return inYear(year, idsIn(year, deputyId)).stream().filter(a -> a.deputyId() == deputyId).toList();
    }

    private List<DutyActivity> inYear(int year, Collection<Long> ids) {
        List<DutyActivity> all = new ArrayList<>();
        List<Long> sorted = ids.stream().sorted(Comparator.naturalOrder()).toList();
        for (int from = 0; from < sorted.size(); from += 1000) {
            of(sorted.subList(from, Math.min(sorted.size(), from + 1000))).stream()
                    .filter(a -> a.on().getYear() == year).forEach(all::add);
        }
        return all;
    }

    /** Suggestions submitted in the year, or whose answer was rated in it; of one deputy if given. */
    private Set<Long> idsIn(int year, Long deputyId) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(Formats.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(Formats.ZONE).toInstant();
        Set<Long> ids = new LinkedHashSet<>();
        String mine = deputyId == null ? "" : " and (s.leadDeputyId = :deputy or exists (select g.id from SuggestionSigner g"
                + " where g.suggestionId = s.id and g.deputyId = :deputy))";
        var submitted = em.createQuery("select s.id from Suggestion s where s.submittedAt >= :from and s.submittedAt < :to"
                + mine, Long.class).setParameter("from", from).setParameter("to", to);
        var rated = em.createQuery("""
                        select distinct a.suggestionId from SuggestionAnswer a where a.ratedAt >= :from and a.ratedAt < :to"""
                + (deputyId == null ? "" : " and exists (select s.id from Suggestion s where s.id = a.suggestionId"
                + " and s.leadDeputyId = :deputy)"), Long.class).setParameter("from", from).setParameter("to", to);
        if (deputyId != null) {
            submitted.setParameter("deputy", deputyId);
            rated.setParameter("deputy", deputyId);
        }
        ids.addAll(submitted.getResultList());
        ids.addAll(rated.getResultList());
        return ids;
    }
}
