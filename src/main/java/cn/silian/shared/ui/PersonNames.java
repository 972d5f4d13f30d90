package cn.silian.shared.ui;

import cn.silian.shared.PersonName;
import com.vaadin.flow.component.Component;

/** The texts for a {@link PersonName}: his display name, or "system" in the user's language. */
public final class PersonNames {

    private PersonNames() {
    }

    /** Empty for nobody (a step nobody has taken yet). */
    public static String name(Component c, PersonName p) {
        if (p == null) {
            return "";
        }
        return p.isSystem() ? c.getTranslation("person.system") : p.displayName();
    }

    /** The name with the role, where the role tells the reader who that is (an organiser, a recorder). */
    public static String withRole(Component c, PersonName p) {
        if (p == null || p.isSystem() || p.roleKey() == null) {
            return name(c, p);
        }
        return c.getTranslation("person.with-role", p.displayName(), c.getTranslation(p.roleKey()));
    }
}
