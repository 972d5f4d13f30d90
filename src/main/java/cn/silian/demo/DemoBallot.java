package cn.silian.demo;

import cn.silian.opinions.OpinionsClock;
import cn.silian.projects.BallotCandidate;
import cn.silian.projects.BallotDraft;
import cn.silian.projects.BallotResult;
import cn.silian.projects.BallotService;
import cn.silian.projects.BallotTallySheet;
import cn.silian.projects.BallotThreshold;
import cn.silian.projects.BallotTieRule;
import cn.silian.projects.BallotVoter;
import cn.silian.security.AccountService;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import cn.silian.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo's vote: the 2026 ballot at the session of 10 January 2026 on the 15 shortlisted 2026
 * projects, at most 10 chosen, secret, more than half of the ballots cast needed and ties at the
 * limit excluded. About nine in ten district deputies vote, most electronically, the rest on two
 * paper tally sheets; the first ten candidates are the popular ones, so exactly ten are adopted.
 * Closed and published, so the adopted projects go on to supervision.
 */
@Component
class DemoBallot {

    static final int YEAR = 2026;
    static final String TITLE = "2026年区民生实事项目票决";
    static final LocalDate SESSION = LocalDate.of(2026, 1, 10);
    static final int CANDIDATES = 15;
    static final int CHOICES = 10;
    /** Of every hundred eligible deputies, how many vote; of those, how many on paper. */
    static final int TURNOUT = 90;
    static final int ON_PAPER = 14;
    static final int CHUNK = 50;

    /** Used only when no shortlisted 2026 projects exist yet, so that the ballot runs on its own. */
    static final String[] PROJECTS = {
            "老旧小区加装电梯", "社区养老服务中心建设", "中小学校园周边交通安全改造", "背街小巷路面整治",
            "农贸市场提升改造", "公共厕所新建改建", "社区卫生服务站标准化建设", "城区积水点改造",
            "口袋公园建设", "社区长者助餐点建设", "新能源汽车充电桩布设", "全民健身步道建设",
            "非机动车停车棚及充电设施", "老旧供水管网改造", "垃圾分类收集点升级"};

    private static final Logger log = LoggerFactory.getLogger(DemoBallot.class);

    private final BallotService ballots;
    private final AccountService accounts;
    private final JdbcTemplate jdbc;

    DemoBallot(BallotService ballots, AccountService accounts, JdbcTemplate jdbc) {
        this.ballots = ballots;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    void load(TransactionTemplate transaction, long deputyId, List<Long> units, List<Long> streets, Random random) {
        long started = System.nanoTime();
        BallotResult result = OpinionsClock.asOf(SESSION, () -> DemoActor.as(accounts.loadUserByUsername("office"),
                () -> run(transaction, deputyId, units, streets, random)));
        log.info("Demo ballot written in {} ms: {} cast, {} adopted", (System.nanoTime() - started) / 1_000_000,
                result.cast(), result.adopted());
    }

    private BallotResult run(TransactionTemplate transaction, long deputyId, List<Long> units, List<Long> streets,
                             Random random) {
        List<Long> candidates = new ArrayList<>();
        long ballot = transaction.execute(status -> {
            long id = ballots.create(new BallotDraft(YEAR, TITLE, SESSION, CHOICES, true,
                    BallotThreshold.MORE_THAN_HALF_OF_CAST, BallotTieRule.EXCLUDE_TIED));
            List<BallotCandidate> shortlist = ballots.shortlist(id);
            if (shortlist.isEmpty()) {
                writeShortlist(units, streets);
                shortlist = ballots.shortlist(id);
            }
            long version = ballots.get(id).version();
            for (BallotCandidate c : shortlist.subList(0, Math.min(CANDIDATES, shortlist.size()))) {
                version = ballots.addCandidate(id, version, c.projectId());
                candidates.add(c.projectId());
            }
            ballots.open(id, version);
            return id;
        });

        List<Long> eligible = new ArrayList<>(transaction.execute(status -> ballots.notVoted(ballot)).stream()
                .map(BallotVoter::deputyId).toList());
        java.util.Collections.shuffle(eligible, random);
        // the demo deputy voted electronically, so that his page says so
        eligible.remove(deputyId);
        eligible.addFirst(deputyId);
        int voting = eligible.size() * TURNOUT / 100;
        int paper = voting * ON_PAPER / 100;
        List<Long> electronic = eligible.subList(0, voting - paper);
        SilianUser demoDeputy = (SilianUser) accounts.loadUserByUsername("deputy");
        // small transactions keep Hibernate's persistence context (and each flush) small
        for (int from = 0; from < electronic.size(); from += CHUNK) {
            List<Long> chunk = electronic.subList(from, Math.min(electronic.size(), from + CHUNK));
            transaction.executeWithoutResult(status -> {
                for (long d : chunk) {
                    Set<Long> choices = choices(candidates, random);
                    SilianUser voter = d == deputyId ? demoDeputy
                            : new SilianUser(null, SystemUser.NAME, "", true, SystemUser.NAME, Role.DEPUTY, null, d);
                    DemoActor.as(voter, () -> {
                        ballots.vote(ballot, choices);
                        return null;
                    });
                }
            });
        }
        List<Long> onPaper = eligible.subList(voting - paper, voting);
        int half = onPaper.size() / 2;
        return transaction.execute(status -> {
            tally(ballot, "第一代表团计票单", onPaper.subList(0, half), candidates, random);
            tally(ballot, "第二代表团计票单", onPaper.subList(half, onPaper.size()), candidates, random);
            long version = ballots.close(ballot, ballots.get(ballot).version());
            ballots.publish(ballot, version);
            return ballots.result(ballot);
        });
    }

    private void tally(long ballot, String label, List<Long> deputies, List<Long> candidates, Random random) {
        int invalid = 1;
        Map<Long, Integer> votes = new HashMap<>();
        for (int i = invalid; i < deputies.size(); i++) {
            choices(candidates, random).forEach(c -> votes.merge(c, 1, Integer::sum));
        }
        ballots.enterTally(ballot, new BallotTallySheet(label, deputies, invalid, votes));
    }

    /** The first ten candidates are chosen by most, the last five by few; at most ten in all. */
    private static Set<Long> choices(List<Long> candidates, Random random) {
        Set<Long> chosen = new LinkedHashSet<>();
        for (int i = 0; i < candidates.size() && chosen.size() < CHOICES; i++) {
            double liking = i < CHOICES ? 0.88 - 0.03 * i : 0.35 - 0.04 * (i - CHOICES);
            if (random.nextDouble() < liking) {
                chosen.add(candidates.get(i));
            }
        }
        return chosen;
    }

    /**
     * The 15 projects the 2025 research month shortlisted, written straight into the projects'
     * tables: only when the projects module's own demo has not already made them.
     */
    private void writeShortlist(List<Long> units, List<Long> streets) {
        Timestamp proposed = Timestamp.from(LocalDate.of(2025, 10, 20).atStartOfDay().toInstant(ZoneOffset.ofHours(8)));
        Timestamp decided = Timestamp.from(LocalDate.of(2025, 12, 5).atStartOfDay().toInstant(ZoneOffset.ofHours(8)));
        for (int i = 0; i < PROJECTS.length; i++) {
            String title = PROJECTS[i];
            Long unit = units.isEmpty() ? null : units.get(i % units.size());
            jdbc.update("""
                    INSERT INTO livelihood_project (project_year, title, description, estimated_cost, unit_id, state,
                        proposer_kind, proposed_by, proposed_at, decision_reason, decided_by, decided_at, version)
                    VALUES (?, ?, ?, ?, ?, 'SHORTLISTED', 'OFFICE', 'office', ?, ?, 'office', ?, 0)""",
                    YEAR, title, "2025年集中调研月汇总的群众意见：" + title + "。", 200 + 150 * (i % 7), unit, proposed,
                    "群众呼声集中，经主任会议初定", decided);
            Long id = jdbc.queryForObject("SELECT MAX(id) FROM livelihood_project", Long.class);
            if (!streets.isEmpty()) {
                jdbc.update("INSERT INTO livelihood_project_street (project_id, street_id) VALUES (?, ?)", id,
                        streets.get(i % streets.size()));
            }
        }
    }
}
