package cn.silian.projects;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;

interface LivelihoodProjectRepository extends JpaRepository<LivelihoodProject, Long>,
        JpaSpecificationExecutor<LivelihoodProject> {

    List<LivelihoodProject> findByProjectYearAndStateOrderByIdAsc(int projectYear, ProjectState state);

    // Candidate projects (ProjectService, ProjectCampaigns)

    List<LivelihoodProject> findByMergedIntoOrderByIdAsc(Long mergedInto);

    List<LivelihoodProject> findByCampaignIdAndStateNotOrderByIdAsc(Long campaignId, ProjectState state);
}
