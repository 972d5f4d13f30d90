package cn.silian;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on the test database with the demo district loaded. One annotation for
 * service and browserless tests, so they share one cached context. The profile comes from the
 * build ({@code test}, or {@code test,mariadb}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
public @interface SilianSpringTest {
}
