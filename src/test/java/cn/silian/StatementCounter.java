package cn.silian;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

/**
 * Counts the SQL statements the current thread sends, for tests that prove a list page costs a
 * fixed number of queries whatever its size (no query per row). The test context's data source is
 * wrapped so that every statement a connection prepares or creates is counted; nothing else
 * changes.
 */
@Configuration
public class StatementCounter {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);
    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    /** Statements this thread has sent so far. */
    public static long now() {
        return COUNT.get()[0];
    }

    /** How many statements {@code work} sent on this thread. */
    public static long during(Runnable work) {
        long before = now();
        work.run();
        return now() - before;
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds ? proxy(DataSource.class, ds) : bean;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target) {
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{type}, (self, method, args) -> {
            Object result = invoke(method, target, args);
            if (STATEMENTS.contains(method.getName())) {
                COUNT.get()[0]++;
            }
            if (result instanceof Connection c && method.getName().equals("getConnection")) {
                return proxy(Connection.class, c);
            }
            return result;
        });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
