/**
 * Meetings: the four-level joint meeting, topic-group and station meetings and research visits;
 * agenda, invitations by level, group, station, street or person, answers, conflicts with other
 * meetings, duty shifts and rooms, attendance, minutes and follow-up actions. Only a meeting's
 * organiser and the office change it; invitees see it; a closed meeting is for them alone.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared::*", "security", "streets", "people", "calendar", "performance", "stations",
        "topics"})
package cn.silian.meetings;
