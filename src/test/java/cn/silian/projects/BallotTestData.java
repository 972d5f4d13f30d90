package cn.silian.projects;

import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/** Shortlisted projects for the view and browser tests of other packages, which cannot reach the repository. */
public final class BallotTestData {

    private BallotTestData() {
    }

    /** {@code count} shortlisted projects of {@code year}, in the caller's transaction or a new one. */
    public static List<Long> shortlisted(ApplicationContext context, int year, int count) {
        BallotFixture fixture = new BallotFixture(context.getBean(LivelihoodProjectRepository.class),
                context.getBean(EntityManager.class));
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .execute(status -> fixture.shortlisted(year, count));
    }

    /** Active district deputies of the current term, by id. */
    public static List<Long> eligible(ApplicationContext context) {
        return new BallotFixture(context.getBean(LivelihoodProjectRepository.class), context.getBean(EntityManager.class))
                .eligible();
    }
}
