package cn.silian.performance.ui;

import cn.silian.security.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The side navigation's "My record" for deputies: opens his own record of this year. The record's
 * page itself is open to the office and staff too, who would not call it theirs.
 */
@Route("my-record")
@Menu(order = 19, title = "record.nav.mine", icon = "vaadin:archive")
@RolesAllowed(Roles.DEPUTY)
public class MyRecordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(RecordView.class);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("record.nav.mine") + " · " + getTranslation("app.name");
    }
}
