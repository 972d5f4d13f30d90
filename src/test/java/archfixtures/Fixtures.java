package archfixtures;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.repository.CrudRepository;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * One class per broken rule; see the package's description. The routes are not registered at start-up:
 * browserless tests scan the whole class path for routes, and these must never be among them.
 */
public final class Fixtures {

    private Fixtures() {
    }

    @Route(value = "fixture-unguarded", registerAtStartup = false)
    public static class UnguardedView extends Div {
    }

    @Route(value = "fixture-twice", registerAtStartup = false)
    @PermitAll
    @RolesAllowed("ADMIN")
    public static class TwiceGuardedView extends Div {
    }

    @Route(value = "fixture-open", registerAtStartup = false)
    @AnonymousAllowed
    public static class OpenView extends Div {
    }

    @Route(value = "fixture-guarded", registerAtStartup = false)
    @PermitAll
    public static class GuardedView extends Div {
    }

    public interface ThingRepository extends CrudRepository<Object, Long> {
    }

    /** A view reaching past the services into the database. */
    public static class RepositoryView extends Div {
        private final ThingRepository things;

        public RepositoryView(ThingRepository things) {
            this.things = things;
        }

        public long count() {
            return things.count();
        }
    }

    /** A service with one guarded, one listed and one unguarded public method. */
    public static class FixtureService {
        @PreAuthorize("hasRole('ADMIN')")
        public void guarded() {
        }

        public void listed() {
        }

        public void unguarded() {
        }
    }
}
