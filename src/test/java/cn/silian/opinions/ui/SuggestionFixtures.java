package cn.silian.opinions.ui;

import cn.silian.opinions.AnswerCategory;
import cn.silian.opinions.ContactKind;
import cn.silian.opinions.CosignStatus;
import cn.silian.opinions.Party;
import cn.silian.opinions.Satisfaction;
import cn.silian.opinions.SourceKind;
import cn.silian.opinions.SuggestionAction;
import cn.silian.opinions.SuggestionDetails;
import cn.silian.opinions.SuggestionState;
import cn.silian.opinions.SuggestionSummary;
import cn.silian.people.Level;
import cn.silian.shared.PersonName;
import cn.silian.stations.ReceptionCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Suggestions as the service would return them, for view tests that look at one state and party at a time. */
final class SuggestionFixtures {

    static final long ID = 4711;
    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 6, 2);

    private SuggestionFixtures() {
    }

    static SuggestionDetails details(SuggestionState state, Set<Party> parties, Set<SuggestionAction> allowed) {
        return details(state, parties, allowed, true, 3);
    }

    /** An assigned suggestion of a city deputy with a confirmed district co-signer, a unit, a contact and a step on a unit's behalf. */
    static SuggestionDetails details(SuggestionState state, Set<Party> parties, Set<SuggestionAction> allowed,
                                     boolean hasContact, long version) {
        List<SuggestionDetails.Signer> signers = List.of(
                new SuggestionDetails.Signer(21, "李红梅", Level.DISTRICT, 1L, CosignStatus.CONFIRMED, AT, AT),
                new SuggestionDetails.Signer(22, "王建国", Level.PROVINCIAL, 2L, CosignStatus.INVITED, AT, null));
        List<SuggestionDetails.Assignment> assignments = List.of(
                new SuggestionDetails.Assignment(1, 31, "区交通运输局", true, true, LocalDate.of(2026, 3, 2), DUE, null,
                        AT, null, null, false, null, null, null, null, false, true),
                new SuggestionDetails.Assignment(2, 32, "区城管局", false, true, LocalDate.of(2026, 3, 2), null,
                        LocalDate.of(2026, 4, 2), null, null, null, false, null, null, null, null, false, false));
        List<SuggestionDetails.Contact> contacts = hasContact ? List.of(new SuggestionDetails.Contact(1, 31, "区交通运输局", 1,
                ContactKind.PHONE, LocalDate.of(2026, 3, 10), "电话沟通了公交线路方案", new PersonName("张科长", "role.UNIT"), AT))
                : List.of();
        List<SuggestionDetails.Answer> answers = state == SuggestionState.ANSWERED || state == SuggestionState.CLOSED
                ? List.of(new SuggestionDetails.Answer(1, 31, "区交通运输局", AnswerCategory.B_BEING_SOLVED, "正在调整线路",
                false, new PersonName("张科长", "role.UNIT"), AT,
                state == SuggestionState.CLOSED ? Satisfaction.SATISFIED : null, null, state == SuggestionState.CLOSED ? AT : null))
                : List.of();
        List<SuggestionDetails.Step> steps = List.of(
                new SuggestionDetails.Step(SuggestionAction.SUBMIT, SuggestionState.DRAFT, SuggestionState.SUBMITTED, 1,
                        new PersonName("陈志强", "role.DEPUTY"), null, null, null, AT),
                new SuggestionDetails.Step(SuggestionAction.SIGN, SuggestionState.ASSIGNED, SuggestionState.HANDLING, 1,
                        new PersonName("代表工委 王敏", "role.OFFICE"), 31L, "区交通运输局", "电话通知后代为签收", AT));
        return new SuggestionDetails(ID, version, 2026, 15, "2026-015", "关于优化社区公交线路的建议", "建议增开社区微循环公交。",
                ReceptionCategory.values()[0], 11, "陈志强", Level.CITY, state, 1, LocalDate.of(2026, 3, 2), DUE,
                false, true, false, null, null, false, null, null, List.of(), null, signers, assignments, contacts, answers,
                steps, List.of(new SuggestionDetails.Source(SourceKind.OPINION, 77, "opinions/77")), parties, allowed,
                hasContact, new PersonName("陈志强", "role.DEPUTY"), AT, AT);
    }

    static SuggestionSummary summary(long id, SuggestionState state, boolean overdue, boolean dueSoon) {
        return new SuggestionSummary(id, 2026, 15, "2026-015", "关于优化社区公交线路的建议", ReceptionCategory.values()[0], 11,
                "陈志强", Level.CITY, state, 1, 31L, "区交通运输局", DUE, overdue, dueSoon, false, false, 1, AT);
    }
}
