package cn.silian.shared;

import java.io.Serializable;

/**
 * Who did something, as others see him: his display name and the message key of his role, never
 * his login name. {@link #SYSTEM} stands for the demo loader and scheduled jobs; the UI translates it.
 */
public record PersonName(String displayName, String roleKey) implements Serializable {

    public static final PersonName SYSTEM = new PersonName(null, null);

    public boolean isSystem() {
        return displayName == null;
    }
}
