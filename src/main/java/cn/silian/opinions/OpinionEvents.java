package cn.silian.opinions;

import cn.silian.topics.GroupWorkService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The opinions side of a suggestion's life, run in the suggestion's own transaction: a draft
 * closes the opinions it grew from and links the findings; publication shows its answer to the
 * visitors who sent those opinions through the public form.
 */
@Component
class OpinionEvents {

    private final OpinionService opinions;
    private final GroupWorkService groupWork;
    private final SuggestionService suggestions;
    private final OpinionUnits units;

    OpinionEvents(OpinionService opinions, GroupWorkService groupWork, SuggestionService suggestions, OpinionUnits units) {
        this.units = units;
        this.opinions = opinions;
        this.groupWork = groupWork;
        this.suggestions = suggestions;
    }

    /**
     * Synchronous on purpose: if the drafter may not read an opinion or a finding, the exception
     * rolls the draft back with everything else.
     */
    @EventListener
    void on(SuggestionDrafted drafted) {
        List<Long> opinionIds = drafted.opinionIds() == null ? List.of() : drafted.opinionIds();
        List<Long> findingIds = drafted.findingIds() == null ? List.of() : drafted.findingIds();
        opinions.takeIntoSuggestion(drafted.suggestionId(), opinionIds);
        for (Long findingId : findingIds) {
            // Readable by the drafter, or NotFoundException: the draft is undone.
            groupWork.findingSource(findingId);
            groupWork.markFindingSuggested(findingId, drafted.suggestionId());
        }
    }

    /**
     * A published suggestion's latest answer becomes the public answer of the opinions it grew
     * from, so a visitor with a receipt code reads what the unit answered.
     */
    @EventListener
    void on(SuggestionPublished published) {
        SuggestionDetails details = suggestions.get(published.suggestionId());
        String answer = details.answers().isEmpty() ? null : details.answers().getLast().text();
        if (answer != null) {
            opinions.publishSuggestionAnswer(published.suggestionId(), answer);
        }
    }

    /** What the public sends through a station's form waits for nobody else: its street's staff are told at once. */
    @EventListener
    void on(OpinionRecorded recorded) {
        if (recorded.source() == OpinionSource.PUBLIC) {
            units.tellStreet(recorded.streetId(), recorded.opinionId());
        }
    }
}
