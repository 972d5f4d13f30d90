package cn.silian.campaigns;

import cn.silian.opinions.OpinionRecorded;
import cn.silian.opinions.OpinionsClock;
import cn.silian.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Tags a newly recorded opinion to every open campaign that covers its street and today, in the
 * recording transaction, so that an opinion is counted from the moment it exists or not at all.
 */
@Component
class CampaignTagger {

    private final CampaignRepository campaigns;
    private final CampaignItemRepository items;
    private final CurrentUser currentUser;

    CampaignTagger(CampaignRepository campaigns, CampaignItemRepository items, CurrentUser currentUser) {
        this.campaigns = campaigns;
        this.items = items;
        this.currentUser = currentUser;
    }

    @EventListener
    void on(OpinionRecorded e) {
        LocalDate today = OpinionsClock.today();
        for (Campaign c : campaigns.openOn(today)) {
            if (c.covers(e.streetId()) && !items.existsByCampaignIdAndKindAndItemId(c.getId(), ItemKind.OPINION, e.opinionId())) {
                items.save(new CampaignItem(c.getId(), ItemKind.OPINION, e.opinionId(), e.streetId(), null, true,
                        currentUser.username(), OpinionsClock.now()));
            }
        }
    }
}
