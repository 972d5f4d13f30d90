package cn.silian.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every page gets the built-in texts of Vaadin's components in its UI's language. */
@Component
class ComponentTextsInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            // Just before the first response, when every init listener (the one that sets the
            // language among them) has run.
            ui.beforeClientResponse(ui, context -> ComponentTexts.localize(ui));
        });
    }
}
