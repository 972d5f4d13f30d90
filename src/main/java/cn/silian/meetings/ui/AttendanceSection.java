package cn.silian.meetings.ui;

import cn.silian.meetings.InvitationService;
import cn.silian.meetings.MeetingDetails;
import com.vaadin.flow.component.html.Div;

/** Placeholder: the on-the-day attendance section replaces this class when merged. */
class AttendanceSection extends Div {
    AttendanceSection(InvitationService invitations, MeetingDetails details, Runnable reload) {
    }
}
