package cn.silian.security;

import cn.silian.shared.AuditEvent;
import cn.silian.shared.Message;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Sign-outs join sign-ins in the audit trail. */
@Component
class SessionAudit {

    private final ApplicationEventPublisher events;

    SessionAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        events.publishEvent(new AuditEvent(event.getAuthentication().getName(), AuditEvent.Action.LOGOUT, "Session",
                null, Message.of("audit.session.logout"), null, null));
    }
}
