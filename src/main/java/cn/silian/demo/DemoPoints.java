package cn.silian.demo;

import cn.silian.performance.AppealRow;
import cn.silian.performance.LedgerService;
import cn.silian.performance.ManualEntryDraft;
import cn.silian.performance.PublicationService;
import cn.silian.performance.SchemeDuty;
import cn.silian.performance.SchemeService;
import cn.silian.security.AccountService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The demo's points beyond what its activity earned by itself: duties the office entered by
 * hand, two appeals (陈志强's accepted, 刘海燕's waiting for the office) and the third quarter
 * of 2026 published.
 */
@Component
class DemoPoints {

    static final int YEAR = 2026;
    static final int PUBLISHED_QUARTER = 3;
    /** What the office accepted for 陈志强's volunteering: two days, not one. */
    static final int ACCEPTED_POINTS = 4;

    private final LedgerService ledger;
    private final SchemeService schemes;
    private final PublicationService publications;
    private final AccountService accounts;

    DemoPoints(LedgerService ledger, SchemeService schemes, PublicationService publications, AccountService accounts) {
        this.ledger = ledger;
        this.schemes = schemes;
        this.publications = publications;
        this.accounts = accounts;
    }

    void load(TransactionTemplate transaction, long deputyId, long npcId) {
        long[] entries = DemoActor.as(accounts.loadUserByUsername("office"), () -> transaction.execute(status -> {
            long volunteer = ledger.addManual(new ManualEntryDraft(deputyId, duty("VOLUNTEER"), LocalDate.of(YEAR, 6, 14), null,
                    "参加城关社区义诊志愿服务", "社区居委会出具的志愿服务证明（6 月 14 日、15 日两天）"));
            ledger.addManual(new ManualEntryDraft(npcId, duty("COMMENDATION"), LocalDate.of(YEAR, 5, 20), null,
                    "获评全市优秀人大代表", "市人大常委会表彰决定"));
            long inspection = ledger.addManual(new ManualEntryDraft(npcId, duty("OTHER_DUTY"), LocalDate.of(YEAR, 8, 26), 2,
                    "参加区人大常委会食品安全执法检查", "执法检查组名单及检查报告"));
            publications.publish(YEAR, PUBLISHED_QUARTER);
            return new long[]{volunteer, inspection};
        }));
        DemoActor.as(accounts.loadUserByUsername("deputy"), () -> transaction.execute(status ->
                ledger.appeal(entries[0], "义诊服务共两天，证明上写明 6 月 14 日和 15 日，应按两次计分。")));
        DemoActor.as(accounts.loadUserByUsername("npc"), () -> transaction.execute(status ->
                ledger.appeal(entries[1], "执法检查为期三天，每天都到了现场，请按三次计分。")));
        DemoActor.as(accounts.loadUserByUsername("office"), () -> transaction.execute(status -> {
            AppealRow his = ledger.openAppeals(PageRequest.of(0, 10), Locale.SIMPLIFIED_CHINESE).stream()
                    .filter(a -> a.entryId() == entries[0]).findFirst().orElseThrow();
            ledger.decide(his.id(), his.version(), true, ACCEPTED_POINTS, "核实证明，两天服务按两次计分。");
            return null;
        }));
    }

    private long duty(String code) {
        return schemes.of(YEAR, Locale.SIMPLIFIED_CHINESE).duties().stream().filter(d -> code.equals(d.code()))
                .findFirst().map(SchemeDuty::id).orElseThrow();
    }
}
