package cn.silian.projects;

import cn.silian.campaigns.CampaignProject;
import cn.silian.campaigns.CampaignProjects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The candidate projects of a campaign, for its progress page and exports. The campaign has
 * checked the caller may see it; its projects are listed whoever proposed them, merged ones left out.
 */
@Component
class ProjectCampaigns implements CampaignProjects {

    private final LivelihoodProjectRepository projects;
    private final ProjectNames names;

    ProjectCampaigns(LivelihoodProjectRepository projects, ProjectNames names) {
        this.projects = projects;
        this.names = names;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CampaignProject> projectsOf(long campaignId) {
        List<LivelihoodProject> found = projects.findByCampaignIdAndStateNotOrderByIdAsc(campaignId, ProjectState.MERGED);
        ProjectNames.Names named = names.of(found);
        return found.stream().map(p -> new CampaignProject(p.getId(), p.title(), p.description(),
                p.streetIds().stream().sorted().toList(), p.proposerDeputyId(), named.proposerOf(p), p.estimatedCost(),
                named.unitOf(p), p.state().messageKey(), p.opinionIds().size())).toList();
    }
}
