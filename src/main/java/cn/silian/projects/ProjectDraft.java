package cn.silian.projects;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What a proposer writes of a candidate project. {@code estimatedCost} is in 万元; {@code unitId}
 * the responsible department (a handling unit). When {@code campaignId} is given its year is the
 * project's and {@code year} is ignored. Campaign and year are fixed once proposed: an edit leaves them.
 */
public record ProjectDraft(String title, String description, Set<Long> streetIds, BigDecimal estimatedCost,
                           Long unitId, Long campaignId, Integer year, Set<Long> opinionIds) {

    public ProjectDraft {
        streetIds = streetIds == null ? Set.of() : Set.copyOf(streetIds);
        opinionIds = opinionIds == null ? Set.of() : Set.copyOf(opinionIds);
    }
}
