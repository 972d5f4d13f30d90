package cn.silian.demo;

import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.UnitDraft;
import cn.silian.opinions.UnitKind;
import cn.silian.security.AccountDraft;
import cn.silian.security.AccountService;
import cn.silian.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The district's six handling units (承办单位) the demo suggestions are assigned to, and the
 * account {@code unit01} of the first one; the other five have no account, so the office enters
 * their steps on their behalf, as it does for a unit that works on paper.
 */
@Component
class DemoUnits {

    /** Index into {@link #UNITS}: the matters of the demo suggestions name their units by these. */
    static final int HOUSING = 0;
    static final int EDUCATION = 1;
    static final int HEALTH = 2;
    static final int TRANSPORT = 3;
    static final int COURT = 4;
    static final int POWER = 5;

    static final String[][] UNITS = {
            {DemoPeople.DISTRICT + "住房和城乡建设局", "GOVERNMENT_DEPARTMENT", "张建国", "0571-86012301"},
            {DemoPeople.DISTRICT + "教育局", "GOVERNMENT_DEPARTMENT", "李文静", "0571-86012302"},
            {DemoPeople.DISTRICT + "卫生健康局", "GOVERNMENT_DEPARTMENT", "王晓燕", "0571-86012303"},
            {DemoPeople.DISTRICT + "交通运输局", "GOVERNMENT_DEPARTMENT", "刘志刚", "0571-86012304"},
            {DemoPeople.DISTRICT + "人民法院", "COURT", "陈立", "0571-86012305"},
            {DemoPeople.DISTRICT + "供电公司", "PUBLIC_ENTERPRISE", "周海峰", "0571-86012306"}};

    static final String UNIT_ACCOUNT = "unit01";

    private final HandlingUnitService units;
    private final AccountService accounts;

    DemoUnits(HandlingUnitService units, AccountService accounts) {
        this.units = units;
        this.accounts = accounts;
    }

    /** Creates the units and {@code unit01}; returns the units' ids in the order of {@link #UNITS}. */
    List<Long> load(TransactionTemplate transaction) {
        return transaction.execute(status -> {
            List<Long> ids = new ArrayList<>();
            for (String[] u : UNITS) {
                ids.add(units.create(new UnitDraft(u[0], UnitKind.valueOf(u[1]), u[2], u[3], true)).id());
            }
            // The account is the unit's contact person, named with the unit as the office's staff are.
            String[] first = UNITS[HOUSING];
            accounts.create(new AccountDraft(UNIT_ACCOUNT, first[0] + " " + first[2], Role.UNIT, null, null,
                    ids.get(HOUSING), true), DemoDataLoader.PASSWORD);
            return ids;
        });
    }
}
