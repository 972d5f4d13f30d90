package cn.silian.opinions;

import cn.silian.TestUsers;
import cn.silian.people.DeputyService;
import cn.silian.security.AccountDraft;
import cn.silian.security.AccountService;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import cn.silian.shared.InvalidInputException;
import cn.silian.stations.ReceptionCategory;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the suggestion tests share: two handling units with an account each ({@code unita},
 * {@code unitb}), the demo's deputies {@code deputy} (lead) and {@code npc} (co-signer), and
 * short ways to run a step as one of them and to drive a suggestion to a state.
 */
abstract class SuggestionsTestBase {

    static final String PASSWORD = "Silian@2026x";

    @Autowired SuggestionService service;
    @Autowired HandlingUnitService units;
    @Autowired AccountService accounts;
    @Autowired DeputyService deputies;

    long unitA;
    long unitB;
    long deputy;
    long npc;

    @BeforeEach
    void unitsAndAccounts() {
        unitA = as("office", () -> units.create(new UnitDraft("测试区住建局", UnitKind.GOVERNMENT_DEPARTMENT, "张工", "13800001111", true)).id());
        unitB = as("office", () -> units.create(new UnitDraft("测试区交通局", UnitKind.GOVERNMENT_DEPARTMENT, "李工", "13800002222", true)).id());
        as("admin", () -> {
            accounts.create(new AccountDraft("unita", "住建局 联络员", Role.UNIT, null, null, unitA, true), PASSWORD);
            accounts.create(new AccountDraft("unitb", "交通局 联络员", Role.UNIT, null, null, unitB, true), PASSWORD);
            return null;
        });
        deputy = ((SilianUser) accounts.loadUserByUsername("deputy")).deputyId();
        npc = ((SilianUser) accounts.loadUserByUsername("npc")).deputyId();
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    <T> T as(String username, Supplier<T> work) {
        return TestUsers.as(accounts, username, work);
    }

    long drafted() {
        return as("deputy", () -> service.draft(new SuggestionDraft("关于改善老旧小区加装电梯的建议",
                "老旧小区居民出行不便，建议简化加装电梯审批。", ReceptionCategory.HOUSING)));
    }

    SuggestionDetails get(String username, long id) {
        return as(username, () -> service.get(id));
    }

    /** Drafted, co-signed by npc, submitted and accepted. */
    SuggestionDetails accepted() {
        long id = drafted();
        as("deputy", () -> service.inviteCosigners(id, service.get(id).version(), List.of(npc)));
        as("npc", () -> service.confirmCosign(id));
        as("deputy", () -> service.submit(id, service.get(id).version(), null));
        return as("office", () -> service.accept(id, service.get(id).version(), null));
    }

    /** Accepted and assigned today to unit A with unit B as co-unit. */
    SuggestionDetails assigned() {
        SuggestionDetails d = accepted();
        return as("office", () -> service.assign(d.id(), d.version(), new AssignmentDraft(unitA, List.of(unitB), null, "请办理")));
    }

    /** Assigned, signed for by unit A, a phone contact logged. */
    SuggestionDetails handling() {
        SuggestionDetails d = assigned();
        as("unita", () -> service.sign(d.id(), d.version()));
        return as("unita", () -> service.logContact(d.id(), null, new ContactDraft(ContactKind.PHONE, LocalDate.now(cn.silian.shared.Formats.ZONE), "电话沟通")));
    }

    SuggestionDetails answered() {
        SuggestionDetails d = handling();
        return as("unita", () -> service.answer(d.id(), d.version(), new AnswerDraft(AnswerCategory.B_BEING_SOLVED, "正在推进。", false)));
    }

    /** The refusal's message key, asserting that it was a refusal of input. */
    static String refusal(ThrowableAssert.ThrowingCallable call) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(e).as("an InvalidInputException").isNotNull();
        return e.problems().getFirst().messageKey();
    }
}
