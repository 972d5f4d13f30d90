package cn.silian.shared.ui;

import cn.silian.TestUsers;
import cn.silian.audit.AuditFilter;
import cn.silian.audit.AuditRecord;
import cn.silian.audit.AuditService;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.i18n.SilianI18nProvider;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.server.ErrorEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A service refusal that no view handled reaches the error handler, which tells the user and audits it. */
class RefusedActionAuditTest extends BrowserlessTestBase {

    @Autowired AuditService audit;

    @Test
    void anActionRefusedByAServiceIsAuditedWithThePageItCameFrom() {
        login("street02");
        navigateTo("stations");
        long before = denials();

        ErrorHandling.handle(new ErrorEvent(new IllegalStateException("wrapped", new AccessDeniedException("another street"))));

        assertThat(denials()).isEqualTo(before + 1);
        List<AuditRecord> newest = TestUsers.as(accounts, "admin", () -> audit.page(
                new AuditFilter("street02", "Access", AuditEvent.Action.DENIED, null), PageRequest.of(0, 1)).getContent());
        assertThat(newest.getFirst().summary().translate(SilianI18nProvider.ENGLISH))
                .isEqualTo("An action on page /stations refused");
    }

    @Test
    void otherErrorsAreNotDenials() {
        login("street02");
        navigateTo("stations");
        long before = denials();
        ErrorHandling.handle(new ErrorEvent(new cn.silian.shared.NotFoundException("Station", 1L)));
        assertThat(denials()).isEqualTo(before);
    }

    private long denials() {
        return TestUsers.as(accounts, "admin", () -> audit.count(new AuditFilter("street02", "Access", AuditEvent.Action.DENIED, null)));
    }
}
