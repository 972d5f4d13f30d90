package cn.silian.performance;

import cn.silian.shared.i18n.SilianI18nProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds a year's scheme, creating it when the year's first activity arrives: as a copy of the
 * latest earlier year's, or from the default. Creation commits on its own so that two
 * deputies' first activities of a year cannot create two schemes (the second reads the first).
 */
@Component
class Schemes {

    private final DutySchemeRepository schemes;
    private final DutyRepository duties;
    private final TransactionTemplate own;
    private final Clock clock = Clock.systemUTC();

    Schemes(DutySchemeRepository schemes, DutyRepository duties, PlatformTransactionManager transactions) {
        this.schemes = schemes;
        this.duties = duties;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A scheme with its duties, and the automatic duty of each activity kind. */
    record YearScheme(DutyScheme scheme, List<Duty> duties, Map<ActivityKind, Duty> byKind) {

        static YearScheme of(DutyScheme scheme, List<Duty> duties) {
            Map<ActivityKind, Duty> byKind = new EnumMap<>(ActivityKind.class);
            duties.stream().filter(Duty::automatic).forEach(d -> byKind.put(d.activityKind(), d));
            return new YearScheme(scheme, duties, byKind);
        }

        Duty dutyOf(long dutyId) {
            return duties.stream().filter(d -> d.getId() == dutyId).findFirst().orElseThrow();
        }
    }

    YearScheme of(int year) {
        return schemes.ofYear(year).map(s -> YearScheme.of(s, duties.ofScheme(s.getId()))).orElseGet(() -> create(year));
    }

    /**
     * Creates the year's scheme in a transaction of its own and answers what that transaction
     * wrote: under MySQL's repeatable read the caller's transaction may not see the new rows.
     */
    private YearScheme create(int year) {
        try {
            return own.execute(status -> {
                DutyScheme scheme = copyOrDefault(year);
                return YearScheme.of(scheme, duties.ofScheme(scheme.getId()));
            });
        } catch (DataIntegrityViolationException raced) {
            return own.execute(status -> {
                DutyScheme scheme = schemes.ofYear(year).orElseThrow(() -> raced);
                return YearScheme.of(scheme, duties.ofScheme(scheme.getId()));
            });
        }
    }

    private DutyScheme copyOrDefault(int year) {
        var earlier = schemes.latestBefore(year);
        if (earlier.isPresent()) {
            DutyScheme from = earlier.get();
            DutyScheme scheme = schemes.save(new DutyScheme(year, from.talkThreshold(), clock.instant(), "system"));
            for (Duty d : duties.ofScheme(from.getId())) {
                duties.save(new Duty(scheme.getId(), d.code(), d.group(), d.nameZh(), d.nameEn(), d.points(),
                        d.yearlyCap(), d.activityKind(), d.sortOrder()));
            }
            return scheme;
        }
        DutyScheme scheme = schemes.save(new DutyScheme(year, DefaultScheme.TALK_THRESHOLD, clock.instant(), "system"));
        int order = 0;
        for (DefaultScheme.Item item : DefaultScheme.ITEMS) {
            duties.save(new Duty(scheme.getId(), item.code(), item.group(),
                    SilianI18nProvider.translate(item.nameKey(), Locale.SIMPLIFIED_CHINESE),
                    SilianI18nProvider.translate(item.nameKey(), Locale.ENGLISH),
                    item.points(), item.cap(), item.kind(), order += 10));
        }
        return scheme;
    }
}
