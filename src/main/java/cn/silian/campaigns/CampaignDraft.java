package cn.silian.campaigns;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A campaign as its form enters it; {@code year} is the year it collects projects for. */
public record CampaignDraft(String theme, String description, Integer year, LocalDate startsOn, LocalDate endsOn,
                            List<StreetTarget> streets, Set<Long> groupIds) {

    public CampaignDraft {
        streets = streets == null ? List.of() : List.copyOf(streets);
        groupIds = groupIds == null ? Set.of() : Set.copyOf(groupIds);
    }
}
