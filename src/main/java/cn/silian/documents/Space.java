package cn.silian.documents;

import java.util.Objects;

/** A document space: its kind and the id of its group, meeting, station or suggestion ({@code null} for the library). */
public record Space(SpaceKind kind, Long id) {

    public static final Space LIBRARY = new Space(SpaceKind.LIBRARY, null);

    public Space {
        Objects.requireNonNull(kind);
        if ((kind == SpaceKind.LIBRARY) != (id == null)) {
            throw new IllegalArgumentException("the library has no id, every other space has one");
        }
    }

    public static Space group(long id) {
        return new Space(SpaceKind.GROUP, id);
    }

    public static Space meeting(long id) {
        return new Space(SpaceKind.MEETING, id);
    }

    public static Space station(long id) {
        return new Space(SpaceKind.STATION, id);
    }

    public static Space suggestion(long id) {
        return new Space(SpaceKind.SUGGESTION, id);
    }
}
