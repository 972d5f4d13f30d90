package cn.silian.topics;

import java.util.EnumSet;
import java.util.Set;

/**
 * A topic's life. Proposals from deputies and streets start at {@link #PROPOSED}; the office's
 * own topics start as {@link #DRAFT}; approval turns a proposal into a draft.
 */
public enum TopicStatus {
    PROPOSED, RETURNED, REJECTED, DRAFT, OPEN, IN_PROGRESS, CONCLUDED, ARCHIVED;

    /** Statuses that every signed-in user may see; the rest only the office and the proposer. */
    public static final Set<TopicStatus> PUBLISHED = EnumSet.of(OPEN, IN_PROGRESS, CONCLUDED, ARCHIVED);

    /** Where the office may move a topic from here by a plain status change (review aside). */
    public Set<TopicStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN);
            case OPEN -> EnumSet.of(IN_PROGRESS, DRAFT);
            case IN_PROGRESS -> EnumSet.of(CONCLUDED);
            case CONCLUDED -> EnumSet.of(ARCHIVED, IN_PROGRESS);
            default -> EnumSet.noneOf(TopicStatus.class);
        };
    }

    public boolean published() {
        return PUBLISHED.contains(this);
    }

    /** Groups take work (tasks, findings, joins) only while the topic runs. */
    public boolean running() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public String messageKey() {
        return "topic.status." + name();
    }
}
