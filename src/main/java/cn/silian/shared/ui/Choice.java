package cn.silian.shared.ui;

import java.io.Serializable;
import java.util.Objects;

/**
 * An entry of a combo box (a station, group or person): its id and the text shown for it.
 * Equal and hashed by id only, so that a lazily loaded list recognises the current value even
 * when its label was made differently (a name read for the form, a name plus street in the list).
 */
public record Choice(Long id, String label) implements Serializable {

    @Override
    public boolean equals(Object o) {
        return o instanceof Choice other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
