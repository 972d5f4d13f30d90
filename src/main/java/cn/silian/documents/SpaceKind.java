package cn.silian.documents;

/** What owns a document space; the library is the office's, readable by every signed-in user. */
public enum SpaceKind { GROUP, MEETING, STATION, LIBRARY }
