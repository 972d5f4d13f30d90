package cn.silian.shared.ui;

import cn.silian.shared.DenialAudit;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** Shown when a service refuses a page's record to the user (another street's station, say), or a page to his role. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private final transient DenialAudit audit;

    AccessDeniedView(DenialAudit audit) {
        this.audit = audit;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        audit.pageDenied(event.getLocation().getPath());
        removeAll();
        add(new H2(getTranslation("error.access-denied")), new Paragraph(getTranslation("error.access-denied.hint")),
                new Anchor("", getTranslation("nav.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
