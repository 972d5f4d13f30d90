package cn.silian.documents;

import java.util.Set;

/**
 * The spaces a user may read: everything, or the library (unless he is a handling unit's account,
 * which sees only the suggestions assigned to it) and these groups, meetings, stations and suggestions.
 */
record ReadableSpaces(boolean all, boolean library, Set<Long> groups, Set<Long> meetings, Set<Long> stations,
                      Set<Long> suggestions) {

    static final ReadableSpaces ALL = new ReadableSpaces(true, true, Set.of(), Set.of(), Set.of(), Set.of());
}
