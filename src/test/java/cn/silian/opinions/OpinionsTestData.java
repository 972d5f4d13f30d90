package cn.silian.opinions;

import cn.silian.TestUsers;
import cn.silian.security.AccountDraft;
import cn.silian.security.AccountService;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import cn.silian.stations.ReceptionCategory;
import cn.silian.stations.StationFilter;
import cn.silian.stations.StationService;
import org.springframework.data.domain.PageRequest;

/** Streets, stations, units and unit accounts the opinion tests share; call inside a rolled-back test. */
final class OpinionsTestData {

    private final AccountService accounts;

    OpinionsTestData(AccountService accounts) {
        this.accounts = accounts;
    }

    long streetOf(String username) {
        return ((SilianUser) accounts.loadUserByUsername(username)).streetId();
    }

    long deputyOf(String username) {
        return ((SilianUser) accounts.loadUserByUsername(username)).deputyId();
    }

    /** A station of this staff member's street. */
    long stationOf(StationService stations, String staff) {
        return TestUsers.as(accounts, staff, () ->
                stations.page(StationFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id());
    }

    static OpinionDraft draft(String text, Long streetId) {
        return new OpinionDraft(text, ReceptionCategory.TRAFFIC, streetId, "东园社区", null, "王阿姨", "13812341234");
    }

    /** A new active unit and one account of role UNIT bound to it, as the office and the admin make them. */
    long unitWithAccount(HandlingUnitService units, String name, String username) {
        long unit = TestUsers.as(accounts, "office", () ->
                units.create(new UnitDraft(name, UnitKind.GOVERNMENT_DEPARTMENT, "张科长", "0571-87000000", true)).id());
        TestUsers.as(accounts, "admin", () -> accounts.create(
                new AccountDraft(username, name + "账号", Role.UNIT, null, null, unit, true), "Silian@2026-unit"));
        return unit;
    }
}
