package cn.silian.projects;

import cn.silian.shared.PersonName;
import cn.silian.streets.StreetSummary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A candidate project's page. {@code opinionIds} are the opinions it grew from: their pages
 * decide who may read them. {@code decidedBy} and {@code decisionReason} are the office's last
 * decision (shortlisted, declined or merged), {@code null} before it.
 */
public record ProjectDetails(long id, int year, Long campaignId, String title, String description,
                             List<StreetSummary> streets, BigDecimal estimatedCost, Long unitId, String unitName,
                             ProjectState state, ProposerKind proposerKind, String proposerName, Instant proposedAt,
                             Long mergedInto, String decisionReason, PersonName decidedBy, Instant decidedAt,
                             List<Long> opinionIds, List<Long> mergedFrom, long version, Rights rights) {

    /** {@code edit}: the proposer or the office, while it is proposed or shortlisted; {@code decide}: the office. */
    public record Rights(boolean edit, boolean decide) {
    }
}
