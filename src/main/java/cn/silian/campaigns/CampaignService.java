package cn.silian.campaigns;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.List;

/** Contract stub: the campaigns helper replaces this file with the real service. */
@Service
public class CampaignService {

    /** Campaigns a candidate project may be attached to (open first, then closed), newest first. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICE','STREET_STAFF','DEPUTY')")
    public List<CampaignSummary> forProjects() {
        return List.of();
    }

    /** One campaign, for anyone who may see campaigns. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICE','STREET_STAFF','DEPUTY')")
    public CampaignSummary summary(long id) {
        throw new cn.silian.shared.NotFoundException("campaign", id);
    }
}
