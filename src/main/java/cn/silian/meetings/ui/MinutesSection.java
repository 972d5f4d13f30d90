package cn.silian.meetings.ui;

import cn.silian.meetings.InvitationService;
import cn.silian.meetings.MeetingDetails;
import cn.silian.meetings.MinutesService;
import com.vaadin.flow.component.html.Div;

/** Placeholder: the minutes section replaces this class when merged. */
class MinutesSection extends Div {
    MinutesSection(MinutesService minutes, InvitationService invitations, MeetingDetails details, Runnable reload) {
    }
}
