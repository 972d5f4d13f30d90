package cn.silian.shared.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** Fired on the UI when a view changed what is read, so the navbar badge counts again at once. */
public class UnreadCountChanged extends ComponentEvent<UI> {

    public UnreadCountChanged(UI source) {
        super(source, false);
    }

    public static void fire(UI ui) {
        ComponentUtil.fireEvent(ui, new UnreadCountChanged(ui));
    }
}
