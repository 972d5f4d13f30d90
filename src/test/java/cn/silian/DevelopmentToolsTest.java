package cn.silian;

import com.vaadin.flow.server.InitParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./mvnw spring-boot:run}, the README's first command, shows Silian as its users see it:
 * Vaadin's development tools only with the profile dev.
 */
class DevelopmentToolsTest {

    private static final String DEV_TOOLS = "vaadin." + InitParameters.SERVLET_PARAMETER_DEVMODE_ENABLE_DEV_TOOLS;

    @Test
    void theDevelopmentToolsAreOffByDefault() {
        assertThat(devToolsWith()).isFalse();
    }

    @Test
    void theProfileDevTurnsThemOn() {
        assertThat(devToolsWith("dev")).isTrue();
    }

    /**
     * What Spring Boot makes of our application*.properties with these profiles alone (the test
     * run's own profile, set as a system property, left out). Unset means on, Vaadin's default.
     */
    private static boolean devToolsWith(String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        ConfigDataEnvironmentPostProcessor.applyTo(environment, null, null, profiles);
        return environment.getProperty(DEV_TOOLS, Boolean.class, true);
    }
}
