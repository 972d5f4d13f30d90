package cn.silian.meetings;

import cn.silian.people.Level;

import java.time.Instant;

public record InvitationRow(Long id, Long deputyId, String name, Level level, String streetName, Rsvp rsvp,
                            String rsvpReason, String delegateName, Attendance attendance, Instant checkedInAt,
                            String absenceReason, long version) {
}
