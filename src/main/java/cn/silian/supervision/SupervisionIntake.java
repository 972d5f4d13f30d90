package cn.silian.supervision;

import cn.silian.projects.ProjectAdopted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.LinkedHashSet;

/**
 * Takes each adopted project into supervision in the transaction that published the ballot's
 * result, so that a result is never published without its projects supervised. A project
 * announced twice (a result published again) is kept once.
 */
@Component
class SupervisionIntake {

    private final SupervisedProjectRepository projects;

    SupervisionIntake(SupervisedProjectRepository projects) {
        this.projects = projects;
    }

    @EventListener
    @Transactional
    public void on(ProjectAdopted adopted) {
        if (projects.existsByProjectId(adopted.projectId())) {
            return;
        }
        projects.saveAndFlush(new SupervisedProject(adopted.projectId(), adopted.year(), adopted.title(),
                adopted.description(), adopted.unitId(),
                adopted.streetIds() == null ? java.util.Set.of() : new LinkedHashSet<>(adopted.streetIds()), Instant.now()));
    }
}
