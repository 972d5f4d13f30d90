package cn.silian.security;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.architecture.ArchitectureTest;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.PointcutAdvisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.method.AuthorizationAdvisor;
import org.springframework.util.ClassUtils;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service-level access matrix: every public method of every {@code …Service} bean, and which
 * roles its method-security gate lets through, against the table in
 * {@code service-access-matrix.tsv} beside this class. A method without a row fails
 * {@link #everyServiceMethodHasARow()}; the failure prints the row as the gate decides it today, to
 * be checked against the design before it is pasted in.
 * <p>
 * The gate is run as the bean's own proxy runs it — the Spring Security advisors of that proxy,
 * in its order — but the method's body is never entered: dummy arguments would let bodies write
 * (a scheme of year 0 in a transaction of its own, mails sent after commit) and prove nothing
 * about the gate. Whether a caller may touch a given street's, group's or unit's object is
 * decided in the bodies, with real objects: {@link ServiceObjectAccessTest}.
 */
@SilianSpringTest
class ServiceAccessMatrixTest {

    static final String TABLE = "service-access-matrix.tsv";
    /** The roles of the table's columns; {@code noroles} is the office's account stripped of its roles. */
    static final List<String> CALLERS = List.of("admin", "office", "street01", "deputy", "unit01", "noroles");
    static final String INTERNAL = "INTERNAL";
    static final String NOBODY = "-";

    @Autowired ApplicationContext context;
    @Autowired AccountService accounts;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void everyServiceMethodHasARow() throws IOException {
        Map<String, String> table = table();
        Map<String, String> observed = observed();
        writeObserved(observed);
        List<String> missing = observed.keySet().stream().filter(k -> !table.containsKey(k))
                .map(k -> k + "\t" + observed.get(k)).toList();
        List<String> stale = table.keySet().stream().filter(k -> !observed.containsKey(k)).toList();
        assertThat(missing).as("service methods without a row in " + TABLE + " (as their gates decide now)").isEmpty();
        assertThat(stale).as("rows of " + TABLE + " naming no service method").isEmpty();
    }

    @Test
    void eachGateLetsThroughExactlyTheRolesOfItsRow() throws IOException {
        Map<String, String> table = table();
        Map<String, String> observed = observed();
        List<String> wrong = new ArrayList<>();
        table.forEach((method, expected) -> {
            String actual = observed.get(method);
            if (actual != null && !actual.equals(expected)) {
                wrong.add(method + ": the table says " + expected + ", the gate lets through " + actual);
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** The table's INTERNAL rows are exactly the methods that ArchitectureTest lists with a reason. */
    @Test
    void internalRowsAreTheListedInternalMethods() throws IOException {
        Set<String> internalRows = table().entrySet().stream().filter(e -> e.getValue().equals(INTERNAL))
                .map(e -> e.getKey().substring(0, e.getKey().indexOf('(')).replace('#', '.'))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(internalRows).isEqualTo(new java.util.TreeSet<>(ArchitectureTest.INTERNAL.keySet()));
    }

    /** The gate check itself can fail: a gate that lets nobody through is not read as "passed". */
    @Test
    void theGateCheckSeesADenial() throws Exception {
        Object bean = context.getBean(AccountService.class);
        // Administrators only.
        Method count = ClassUtils.getUserClass(AopUtils.getTargetClass(bean)).getMethod("count");
        TestUsers.login(accounts, "office");
        assertThat(passesGate(bean, count)).isFalse();
        TestUsers.loginWithoutRoles(accounts, "admin");
        assertThat(passesGate(bean, count)).isFalse();
        TestUsers.login(accounts, "admin");
        assertThat(passesGate(bean, count)).isTrue();
    }

    // --- what the gates decide ---

    private static Map<String, String> observed;

    /**
     * {@code Class#method(ParamTypes)} → the callers let through (comma-separated), {@code -} for
     * none, or {@code INTERNAL} for a method no gate guards (ArchitectureTest lists why).
     */
    synchronized Map<String, String> observed() {
        if (observed != null) {
            return observed;
        }
        // Each caller signs in once and meets every gate: a sign-in reads the account.
        List<Object> beans = services();
        Map<String, List<String>> passed = new TreeMap<>();
        Map<String, Boolean> gated = new TreeMap<>();
        for (String caller : CALLERS) {
            signIn(caller);
            for (Object bean : beans) {
                Class<?> type = ClassUtils.getUserClass(AopUtils.getTargetClass(bean));
                for (Method method : publicMethods(type)) {
                    String key = key(type, method);
                    gated.computeIfAbsent(key, k -> !gates(bean, method).isEmpty());
                    List<String> through = passed.computeIfAbsent(key, k -> new ArrayList<>());
                    if (passesGate(bean, method)) {
                        through.add(caller);
                    }
                }
            }
        }
        TestUsers.logout();
        Map<String, String> result = new TreeMap<>();
        passed.forEach((key, through) -> result.put(key, !gated.get(key) ? INTERNAL
                : through.isEmpty() ? NOBODY : String.join(",", through)));
        observed = result;
        return result;
    }

    private List<Object> services() {
        List<Object> result = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null) {
                continue;
            }
            Class<?> user = ClassUtils.getUserClass(type);
            if (user.getName().startsWith("cn.silian.") && user.getSimpleName().endsWith("Service")
                    && Modifier.isPublic(user.getModifiers()) && !user.isInterface()) {
                result.add(context.getBean(name));
            }
        }
        result.sort(Comparator.comparing(b -> ClassUtils.getUserClass(AopUtils.getTargetClass(b)).getName()));
        return result;
    }

    /** As ArchitectureTest counts them: public instance methods the class declares. */
    static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .sorted(Comparator.comparing(ServiceAccessMatrixTest::signature))
                .toList();
    }

    static String key(Class<?> type, Method method) {
        return type.getSimpleName() + "#" + signature(method);
    }

    private static String signature(Method method) {
        return method.getName() + "(" + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(",")) + ")";
    }

    private void signIn(String caller) {
        if (caller.equals("noroles")) {
            TestUsers.loginWithoutRoles(accounts, "office");
        } else {
            TestUsers.login(accounts, caller);
        }
    }

    /**
     * Runs the authorization advisors of the bean's proxy that apply to this method, in the proxy's
     * order, and reports whether the call would reach the body. A final method is never
     * intercepted, so it passes whatever its annotation says — as it would in production.
     */
    boolean passesGate(Object bean, Method method) {
        List<MethodInterceptor> gates = gates(bean, method);
        if (gates.isEmpty()) {
            return true;
        }
        Class<?> type = ClassUtils.getUserClass(AopUtils.getTargetClass(bean));
        Object target;
        try {
            target = ((Advised) bean).getTargetSource().getTarget();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(ServiceAccessMatrixTest::dummy).toArray();
        try {
            return new Chain(gates, method, target, arguments).proceed() == Chain.REACHED;
        } catch (AccessDeniedException denied) {
            return false;
        } catch (Throwable other) {
            throw new IllegalStateException("the gate of " + key(type, method) + " failed", other);
        }
    }

    /** The authorization advisors of the bean's proxy that apply to the method, in the proxy's order. */
    static List<MethodInterceptor> gates(Object bean, Method method) {
        List<MethodInterceptor> gates = new ArrayList<>();
        if (!AopUtils.isAopProxy(bean) || Modifier.isFinal(method.getModifiers())) {
            return gates;
        }
        Class<?> type = ClassUtils.getUserClass(AopUtils.getTargetClass(bean));
        for (Advisor advisor : ((Advised) bean).getAdvisors()) {
            if (isMethodSecurity(advisor) && advisor instanceof PointcutAdvisor pointcut
                    && pointcut.getPointcut().getClassFilter().matches(type)
                    && pointcut.getPointcut().getMethodMatcher().matches(method, type)) {
                gates.add((MethodInterceptor) advisor.getAdvice());
            }
        }
        return gates;
    }

    /** Spring Security's method-security advisors, as registered (wrapped by its configuration) or bare. */
    private static boolean isMethodSecurity(Advisor advisor) {
        return advisor instanceof AuthorizationAdvisor
                || advisor.getClass().getName().startsWith("org.springframework.security.");
    }

    static Object dummy(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        return switch (type.getName()) {
            case "byte" -> (byte) 0;
            case "short" -> (short) 0;
            case "int" -> 0;
            case "long" -> 0L;
            case "float" -> 0f;
            default -> 0d;
        };
    }

    /** The gates in turn; past the last, the body would run: it answers a marker instead. */
    private static final class Chain implements MethodInvocation {
        static final Object REACHED = new Object();
        private final List<MethodInterceptor> gates;
        private final Method method;
        private final Object target;
        private final Object[] arguments;
        private int next;

        Chain(List<MethodInterceptor> gates, Method method, Object target, Object[] arguments) {
            this.gates = gates;
            this.method = method;
            this.target = target;
            this.arguments = arguments;
        }

        @Override
        public Object proceed() throws Throwable {
            return next < gates.size() ? gates.get(next++).invoke(this) : REACHED;
        }

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Object[] getArguments() {
            return arguments;
        }

        @Override
        public Object getThis() {
            return target;
        }

        @Override
        public AccessibleObject getStaticPart() {
            return method;
        }
    }

    // --- the table ---

    static Map<String, String> table() throws IOException {
        Map<String, String> rows = new TreeMap<>();
        try (InputStream in = Objects.requireNonNull(ServiceAccessMatrixTest.class.getResourceAsStream(TABLE), TABLE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String row = line.strip();
                if (row.isEmpty() || row.startsWith("#")) {
                    continue;
                }
                String[] cells = row.split("\t+");
                assertThat(cells).as("row «" + row + "»: method TAB callers").hasSize(2);
                assertThat(rows.put(cells[0], normalise(cells[1]))).as("a second row for " + cells[0]).isNull();
            }
        }
        return rows;
    }

    /** Callers in the columns' order, so that a row may list them in any. */
    private static String normalise(String callers) {
        if (callers.equals(INTERNAL) || callers.equals(NOBODY)) {
            return callers;
        }
        Set<String> named = new LinkedHashSet<>(Arrays.asList(callers.split(",")));
        assertThat(CALLERS).as("callers of a row").containsAll(named);
        return CALLERS.stream().filter(named::contains).collect(Collectors.joining(","));
    }

    private static void writeObserved(Map<String, String> observed) throws IOException {
        Path out = Path.of("target", "service-access-matrix.observed.tsv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, observed.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n")));
    }
}
