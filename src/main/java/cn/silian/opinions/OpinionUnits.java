package cn.silian.opinions;

import cn.silian.notifications.Notice;
import cn.silian.notifications.NotificationService;
import cn.silian.security.AccountService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The handling units as the opinion triage needs them: names, whether one takes matters, and telling its accounts. */
@Component
class OpinionUnits {

    private final HandlingUnitService units;
    private final AccountService accounts;
    private final NotificationService notifications;

    OpinionUnits(HandlingUnitService units, AccountService accounts, NotificationService notifications) {
        this.units = units;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    /** The unit's name if it is active (only active units take new matters). */
    Optional<String> activeName(long unitId) {
        return units.isActive(unitId) ? Optional.ofNullable(units.names(List.of(unitId)).get(unitId)) : Optional.empty();
    }

    String name(Long unitId) {
        return unitId == null ? "" : units.names(List.of(unitId)).getOrDefault(unitId, "");
    }

    /** Tells a street's staff that the public sent something through the station's form; runs in the intake's transaction. */
    void tellStreet(long streetId, long opinionId) {
        notifications.notifyAccounts(accounts.staffAccountIdsOfStreet(streetId), new Notice("opinion.public",
                "notice.opinion.public", List.of(String.valueOf(opinionId)), "opinions/" + opinionId));
    }

    /** Tells the unit's accounts that a matter waits for their answer; runs in the forwarding transaction. */
    void tellUnit(long unitId, long opinionId) {
        notifications.notifyAccounts(accounts.accountIdsOfUnit(unitId), new Notice("opinion.forwarded",
                "notice.opinion.forwarded", List.of(String.valueOf(opinionId)), "opinions/" + opinionId));
    }
}
