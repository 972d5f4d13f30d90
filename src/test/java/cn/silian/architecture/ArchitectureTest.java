package cn.silian.architecture;

import archfixtures.Fixtures;
import cn.silian.Application;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14's architecture rules, each checked over Silian's main classes and shown able to fail
 * on a fixture of {@code archfixtures} that breaks it. The module borders themselves are
 * {@link cn.silian.ModularityTest}'s.
 */
public class ArchitectureTest {

    private static final JavaClasses SILIAN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.silian");
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("archfixtures");

    private static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);
    private static final List<Class<? extends Annotation>> AUTHORIZATION_RULES =
            List.of(PreAuthorize.class, PostAuthorize.class, Secured.class, RolesAllowed.class);

    /**
     * The pages anybody may open without an account, by name: the login page and the citizens'
     * intake (its form and its status look-up). Error views and the layout are allowed by kind
     * ({@link #isPublicByKind}). The calendar feed is no route: {@code SecurityConfig} opens
     * {@code /calendar/feed/**} to its controller, whose secret URL is the credential.
     */
    static final Set<String> ANONYMOUS_PAGES = Set.of(
            "cn.silian.security.ui.LoginView",
            "cn.silian.opinions.ui.IntakeView",
            "cn.silian.opinions.ui.IntakeStatusView");

    private static final Pattern ERROR_VIEW_NAME = Pattern.compile(".*(Error|Denied|NotFound\\w*)(View)?");

    /**
     * Public methods of services that carry no authorization rule, each with why it needs none. A
     * method that a view calls and that shows or changes data is no candidate: give it a rule.
     */
    public static final Map<String, String> INTERNAL = Map.ofEntries(
            Map.entry("AccountService.loadUserByUsername", "login itself: nobody is signed in yet"),
            Map.entry("AccountService.enabledUser", "the calendar feed acts for the account its secret URL names; nobody is signed in"),
            Map.entry("AccountService.accountIdsOfDeputies", "notice delivery, also from system jobs; returns account ids only, no personal data"),
            Map.entry("AccountService.accountIdsOfUnit", "notice delivery, also from system jobs; returns account ids only, no personal data"),
            Map.entry("AccountService.staffAccountIdsOfStreet", "notice delivery, also from system jobs; returns account ids only, no personal data"),
            Map.entry("AccountService.accountIdsWithRole", "notice delivery, also from system jobs; returns account ids only, no personal data"),
            Map.entry("NotificationService.notifyDeputies", "delivery inside the caller's change (event listeners, system jobs); reveals nothing to the caller"),
            Map.entry("NotificationService.notifyAccounts", "delivery inside the caller's change (event listeners, system jobs); reveals nothing to the caller"),
            Map.entry("CalendarService.feed", "the anonymous calendar feed: the secret in its URL is the credential"),
            Map.entry("CalendarService.baseUrl", "the server's own address, for links; no data"),
            Map.entry("IntakeService.station", "the citizens' public intake (anonymous): an active station's public notice only"),
            Map.entry("IntakeService.submit", "the citizens' public intake (anonymous), throttled per address and station"),
            Map.entry("IntakeService.status", "the citizens' public status look-up (anonymous) by receipt code, throttled per address"),
            Map.entry("StationService.publicStation", "the public intake's station: what its public notice prints, nothing more"),
            Map.entry("GroupWorkService.markFindingSuggested", "only inside SuggestionService's transaction (propagation MANDATORY), which has checked the drafter's right"),
            Map.entry("SuggestionService.settings", "configured deadlines; no data"),
            Map.entry("DutyService.settings", "configured duty rules; no data"),
            Map.entry("DocumentService.maxFileBytes", "the configured upload limit; no data"));

    // --- the rules, each over a given set of classes ---

    static ArchRule routesHaveExactlyOneAccessAnnotation() {
        return classes().that().areAnnotatedWith(Route.class)
                .should(new ArchCondition<>("carry exactly one of @AnonymousAllowed, @PermitAll, @RolesAllowed, @DenyAll") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        List<String> found = ACCESS_ANNOTATIONS.stream().filter(view::isAnnotatedWith)
                                .map(Class::getSimpleName).toList();
                        events.add(new SimpleConditionEvent(view, found.size() == 1,
                                view.getName() + " carries " + (found.isEmpty() ? "no access annotation" : found)));
                    }
                });
    }

    static ArchRule anonymousOnlyOnPublicPages() {
        return classes().that().areAnnotatedWith(AnonymousAllowed.class)
                .should(new ArchCondition<>("be the login page, the public intake, an error view or the layout") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        boolean allowed = ANONYMOUS_PAGES.contains(view.getName()) || isPublicByKind(view);
                        events.add(new SimpleConditionEvent(view, allowed,
                                view.getName() + " is open to anonymous visitors"));
                    }
                });
    }

    /**
     * The shared UI's error views (they show what is refused or missing, to anybody) and its layout,
     * which frames the public pages too.
     */
    private static boolean isPublicByKind(JavaClass view) {
        if (!view.getPackageName().equals("cn.silian.shared.ui")) {
            return false;
        }
        return view.isAnnotatedWith(Layout.class) || view.isAssignableTo(HasErrorParameter.class)
                || ERROR_VIEW_NAME.matcher(view.getSimpleName()).matches();
    }

    static ArchRule viewsDoNotUseRepositories() {
        return noClasses().that().resideInAPackage("..ui..").or().areAssignableTo(Component.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views are thin: they reach data only through the services, which check the caller's rights");
    }

    static ArchRule serviceMethodsCarryAnAuthorizationRule(Map<String, String> internal) {
        return methods().that(publicMethodsOfServices())
                .should(new ArchCondition<>("carry an authorization rule or be listed as internal with a reason") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        JavaClass owner = method.getOwner();
                        boolean ruled = AUTHORIZATION_RULES.stream()
                                .anyMatch(rule -> method.isAnnotatedWith(rule) || owner.isAnnotatedWith(rule));
                        String key = owner.getSimpleName() + "." + method.getName();
                        boolean listed = internal.containsKey(key) && !internal.get(key).isBlank();
                        events.add(new SimpleConditionEvent(method, ruled || listed,
                                key + " " + method.getSourceCodeLocation() + " has no authorization rule"));
                    }
                });
    }

    /**
     * Public instance methods of public classes named {@code …Service}: what other modules and the
     * views call through the Spring proxy. Static methods cannot be proxied and guard nothing.
     */
    static DescribedPredicate<JavaMethod> publicMethodsOfServices() {
        return DescribedPredicate.describe("public methods of services", method ->
                method.getOwner().getSimpleName().endsWith("Service")
                        && method.getOwner().getModifiers().contains(JavaModifier.PUBLIC)
                        && !method.getOwner().isInterface()
                        && method.getModifiers().contains(JavaModifier.PUBLIC)
                        && !method.getModifiers().contains(JavaModifier.STATIC)
                        && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !method.getModifiers().contains(JavaModifier.BRIDGE));
    }

    /** The module's package-info says what the module may use: no module leaves it open. */
    static boolean declaresAllowedDependencies(String modulePackage) {
        try {
            ApplicationModule module = Class.forName(modulePackage + ".package-info").getAnnotation(ApplicationModule.class);
            return module != null && !List.of(module.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    // --- Silian keeps them ---

    @Test
    void everyRouteHasExactlyOneAccessAnnotation() {
        routesHaveExactlyOneAccessAnnotation().check(SILIAN);
    }

    @Test
    void onlyLoginErrorViewsAndTheIntakeAreOpenToAnonymousVisitors() {
        anonymousOnlyOnPublicPages().check(SILIAN);
    }

    @Test
    void viewsNeverUseRepositories() {
        viewsDoNotUseRepositories().check(SILIAN);
    }

    @Test
    void everyPublicServiceMethodCarriesARuleOrIsListedAsInternal() {
        serviceMethodsCarryAnAuthorizationRule(INTERNAL).check(SILIAN);
    }

    @Test
    void theInternalListNamesOnlyMethodsThatExistAndCarryNoRule() {
        Map<String, Boolean> ruledByName = new TreeMap<>();
        SILIAN.stream().flatMap(c -> c.getMethods().stream()).filter(publicMethodsOfServices())
                .forEach(m -> ruledByName.merge(m.getOwner().getSimpleName() + "." + m.getName(),
                        AUTHORIZATION_RULES.stream().anyMatch(m::isAnnotatedWith), Boolean::logicalAnd));
        // A stale entry would excuse a later method of that name that deserves a rule.
        assertThat(INTERNAL.keySet()).allSatisfy(key -> assertThat(ruledByName).containsEntry(key, false));
    }

    @Test
    void everyModuleDeclaresWhatItMayUse() {
        List<String> open = new ArrayList<>();
        ApplicationModules.of(Application.class).forEach(module -> {
            String pkg = module.getBasePackage().getName();
            if (!declaresAllowedDependencies(pkg)) {
                open.add(pkg);
            }
        });
        assertThat(open).isEmpty();
    }

    // --- and each rule can fail ---

    @Test
    void theAccessAnnotationRuleReportsARouteWithNoneAndOneWithTwo() {
        EvaluationResult result = routesHaveExactlyOneAccessAnnotation().evaluate(FIXTURES);
        assertThat(violators(result)).contains(Fixtures.UnguardedView.class.getName(),
                Fixtures.TwiceGuardedView.class.getName());
        assertThat(result.getFailureReport().getDetails()).hasSize(2);
    }

    @Test
    void theAnonymousRuleReportsAnOrdinaryViewOpenToEverybody() {
        EvaluationResult result = anonymousOnlyOnPublicPages().evaluate(FIXTURES);
        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains(Fixtures.OpenView.class.getName());
    }

    @Test
    void theRepositoryRuleReportsAViewThatUsesOne() {
        EvaluationResult result = viewsDoNotUseRepositories().evaluate(FIXTURES);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .allSatisfy(line -> assertThat(line).contains(Fixtures.RepositoryView.class.getName()));
    }

    @Test
    void theServiceRuleReportsAnUnguardedMethodButNotAListedOne() {
        EvaluationResult result = serviceMethodsCarryAnAuthorizationRule(
                Map.of("FixtureService.listed", "a fixture")).evaluate(FIXTURES);
        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains("FixtureService.unguarded");
        // A listing needs its reason.
        assertThat(serviceMethodsCarryAnAuthorizationRule(Map.of("FixtureService.listed", " ", "FixtureService.unguarded", "x"))
                .evaluate(FIXTURES).getFailureReport().getDetails()).singleElement().asString()
                .contains("FixtureService.listed");
    }

    @Test
    void theModuleRuleReportsAModuleThatLeavesItsDependenciesOpen() {
        assertThat(declaresAllowedDependencies("archfixtures.modules.declared")).isTrue();
        assertThat(declaresAllowedDependencies("archfixtures.modules.undeclared")).isFalse();
        assertThat(declaresAllowedDependencies("archfixtures")).isFalse();
    }

    private static String violators(EvaluationResult result) {
        return String.join("\n", result.getFailureReport().getDetails()) + "\n";
    }
}
