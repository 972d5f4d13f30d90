package cn.silian.supervision;

import cn.silian.TestUsers;
import cn.silian.projects.ProjectAdopted;
import cn.silian.security.AccountService;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Projects adopted for a test alone, so that a test never leans on the demo's. */
public final class SupervisionTestData {

    private static final AtomicLong NEXT = new AtomicLong(-900_000_000L);

    private SupervisionTestData() {
    }

    public static long unitOf(AccountService accounts, String username) {
        return ((SilianUser) accounts.loadUserByUsername(username)).unitId();
    }

    public static long streetOf(AccountService accounts, String username) {
        return ((SilianUser) accounts.loadUserByUsername(username)).streetId();
    }

    public static long deputyOf(AccountService accounts, String username) {
        return ((SilianUser) accounts.loadUserByUsername(username)).deputyId();
    }

    /** Adopts a project as a published ballot would (its title made unique) and returns its supervised id. */
    public static long adopt(ApplicationEventPublisher events, AccountService accounts, SupervisionService service,
                             int year, String title, Long unitId, List<Long> streetIds) {
        long projectId = NEXT.decrementAndGet();
        String unique = title + " " + (-projectId);
        events.publishEvent(new ProjectAdopted(projectId, 0, year, unique, unique + " description", unitId, streetIds));
        return TestUsers.as(accounts, "office", () -> service.page(new SupervisionFilter(year, unique, null, null),
                Pageable.unpaged()).getContent().getFirst().id());
    }

    /** Signs in a deputy who has no account, as the demo's raters are. */
    public static void signInDeputy(long deputyId) {
        SilianUser user = new SilianUser(null, "test-deputy-" + deputyId, "", true, "test", Role.DEPUTY, null, deputyId);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
