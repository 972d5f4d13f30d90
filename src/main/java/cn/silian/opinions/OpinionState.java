package cn.silian.opinions;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a public opinion stands. NEW and CLASSIFIED are open (the street's staff triage them);
 * FORWARDED waits for the handling unit; the others are closed one way or another.
 */
public enum OpinionState {
    NEW, CLASSIFIED, MERGED, RESOLVED_ON_SPOT, FORWARDED, ANSWERED_BY_UNIT, IN_SUGGESTION;

    /** The states in which staff may still classify, merge or close it. */
    public static final Set<OpinionState> OPEN = EnumSet.of(NEW, CLASSIFIED);

    public boolean open() {
        return OPEN.contains(this);
    }

    public String messageKey() {
        return "opinion.state." + name();
    }

    /** The coarse status a visitor sees with his receipt code: received, in hand, answered. */
    public String publicKey() {
        return switch (this) {
            case NEW -> "intake.status.received";
            case CLASSIFIED, FORWARDED, IN_SUGGESTION, MERGED -> "intake.status.handling";
            case RESOLVED_ON_SPOT, ANSWERED_BY_UNIT -> "intake.status.answered";
        };
    }
}
