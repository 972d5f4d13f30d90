package cn.silian.opinions;

import cn.silian.TestUsers;
import cn.silian.security.AccountDraft;
import cn.silian.security.AccountService;
import cn.silian.security.Role;
import cn.silian.stations.ReceptionCategory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggestions of the demo deputy 刘海燕 ({@code npc}) that the similarity, export and document
 * tests share, made once per database: the index only learns of committed rows, so they are
 * committed for real and found again by title by later test classes. The elevator suggestion is
 * assigned to unit A, the river one to unit B; the stair-light one and its near twin are accepted,
 * ready to be joined; the others are submitted.
 */
public final class SimilarityFixture {

    public static final String UNIT_A = "simunit-a";
    public static final String UNIT_B = "simunit-b";
    static final String LIGHTS_TWIN_TITLE = "关于改造老旧小区楼道照明的建议";
    static final String LIGHTS_TWIN_BODY = "很多老旧小区的楼道灯坏了以后长期没有人修，居民晚上上下楼有安全隐患。"
            + "建议街道统筹资金，对老旧小区的楼道照明进行改造，换成声控节能灯。";

    /** key → suggestion id */
    public final Map<String, Long> ids;
    public final long unitA;
    public final long unitB;

    private SimilarityFixture(Map<String, Long> ids, long unitA, long unitB) {
        this.ids = Map.copyOf(ids);
        this.unitA = unitA;
        this.unitB = unitB;
    }

    public long id(String key) {
        return ids.get(key);
    }

    public static synchronized SimilarityFixture ensure(AccountService accounts, SuggestionService suggestions,
                                                        HandlingUnitService units) {
        long a = TestUsers.as(accounts, "office", () -> unit(units, "区住房和城乡建设局（相似测试）"));
        long b = TestUsers.as(accounts, "office", () -> unit(units, "区水务局（相似测试）"));
        TestUsers.as(accounts, "admin", () -> {
            account(accounts, UNIT_A, "住建局 张伟", a);
            account(accounts, UNIT_B, "水务局 孙丽", b);
            return null;
        });
        Map<String, Long> ids = new HashMap<>();
        for (String[] s : SimilarityTexts.EXISTING) {
            ids.put(s[0], suggestion(accounts, suggestions, s[1], s[2]));
        }
        ids.put("stair-lights-twin", suggestion(accounts, suggestions, LIGHTS_TWIN_TITLE, LIGHTS_TWIN_BODY));
        TestUsers.as(accounts, "office", () -> {
            assign(suggestions, ids.get("elevator"), a);
            assign(suggestions, ids.get("river"), b);
            accept(suggestions, ids.get("stair-lights"));
            accept(suggestions, ids.get("stair-lights-twin"));
            return null;
        });
        return new SimilarityFixture(ids, a, b);
    }

    private static long unit(HandlingUnitService units, String name) {
        return units.choices().stream().filter(u -> u.name().equals(name)).map(UnitChoice::id).findFirst()
                .orElseGet(() -> units.create(new UnitDraft(name, UnitKind.GOVERNMENT_DEPARTMENT, "张伟", "0571-86000000", true)).id());
    }

    private static void account(AccountService accounts, String username, String name, long unitId) {
        try {
            accounts.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            accounts.create(new AccountDraft(username, name, Role.UNIT, null, null, unitId, true), "Silian@2026x");
        }
    }

    /** The npc deputy's submitted suggestion with this title: found again, or drafted and submitted now. */
    private static long suggestion(AccountService accounts, SuggestionService suggestions, String title, String body) {
        return TestUsers.as(accounts, "npc", () -> {
            List<SuggestionSummary> found = suggestions.page(SuggestionFilter.all().withText(title), PageRequest.of(0, 10))
                    .getContent().stream().filter(s -> s.title().equals(title)).toList();
            if (!found.isEmpty()) {
                return found.getFirst().id();
            }
            long id = suggestions.draft(new SuggestionDraft(title, body, ReceptionCategory.HOUSING));
            suggestions.submit(id, suggestions.get(id).version(), null);
            return id;
        });
    }

    private static void accept(SuggestionService suggestions, long id) {
        SuggestionDetails d = suggestions.get(id);
        if (d.state() == SuggestionState.SUBMITTED) {
            suggestions.accept(id, d.version(), null);
        }
    }

    private static void assign(SuggestionService suggestions, long id, long unitId) {
        accept(suggestions, id);
        SuggestionDetails d = suggestions.get(id);
        if (d.state() == SuggestionState.ACCEPTED) {
            suggestions.assign(id, d.version(), new AssignmentDraft(unitId, List.of(), null, "请按期办理"));
        }
    }
}
