package cn.silian.documents;

/**
 * What owns a document space; the library is the office's, readable by every signed-in user.
 * A suggestion's space holds its attachments (the deputy's material, the unit's answer).
 */
public enum SpaceKind { GROUP, MEETING, STATION, LIBRARY, SUGGESTION }
