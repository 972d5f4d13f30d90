package cn.silian.meetings;

final class InvitationRows {

    private InvitationRows() {
    }

    static InvitationRow row(Invitation i, String name, String streetName) {
        return new InvitationRow(i.getId(), i.deputyId(), name, i.level(), streetName, i.rsvp(), i.rsvpReason(),
                i.delegateName(), i.attendance(), i.checkedInAt(), i.absenceReason(), i.getVersion());
    }
}
