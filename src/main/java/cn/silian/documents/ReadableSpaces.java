package cn.silian.documents;

import java.util.Set;

/**
 * The spaces a user may read besides the library: everything, or these groups, meetings, stations
 * and suggestions.
 */
record ReadableSpaces(boolean all, Set<Long> groups, Set<Long> meetings, Set<Long> stations, Set<Long> suggestions) {

    static final ReadableSpaces ALL = new ReadableSpaces(true, Set.of(), Set.of(), Set.of(), Set.of());
}
