package cn.silian.shared.ui;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServletContext;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** In the real servlet container (the browserless tests replace Vaadin's lookup with their own). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoPolymerTemplatesIT {

    @Autowired
    ServletContext servletContext;

    @Test
    void vaadinsLookupKnowsTheHandlerSoAClientCallScansNothing() {
        Lookup lookup = new VaadinServletContext(servletContext).getAttribute(Lookup.class);
        assertThat(lookup.lookup(DeprecatedPolymerPublishedEventHandler.class)).isInstanceOf(NoPolymerTemplates.class);
    }
}
