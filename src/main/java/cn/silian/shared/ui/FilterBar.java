package cn.silian.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import java.util.List;

/**
 * A list's filters. On a wide screen they wrap in a row; on a phone only the first (the search)
 * shows and the others wait behind a toggle, which counts those in use, so that the list itself
 * is on the first screen. The style sheet hides and shows them: no round trip to decide.
 */
public class FilterBar extends FlexLayout {

    final Button toggle = new Button();
    private final List<Component> more;
    private boolean open;

    public FilterBar(Component first, Component... more) {
        this.more = List.of(more);
        addClassName("filters");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        toggle.setIcon(VaadinIcon.SLIDERS.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClassName("filters-toggle");
        toggle.addClickListener(e -> open(!open));
        add(first, toggle);
        for (Component c : more) {
            c.getElement().getClassList().add("filter-more");
            if (c instanceof HasValue<?, ?> field) {
                field.addValueChangeListener(e -> label());
            }
            add(c);
        }
        open(false);
    }

    void open(boolean open) {
        this.open = open;
        setClassName("filters-open", open);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        label();
    }

    private void label() {
        long used = more.stream().filter(c -> c.isVisible() && c instanceof HasValue<?, ?> f && !f.isEmpty()).count();
        toggle.setText(used == 0 ? getTranslation("filters.more") : getTranslation("filters.more.used", used));
    }
}
