package cn.silian.audit.ui;

import cn.silian.TestUsers;
import cn.silian.audit.AuditFilter;
import cn.silian.audit.AuditRecord;
import cn.silian.audit.AuditService;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.i18n.SilianI18nProvider;
import cn.silian.shared.ui.AccessDeniedView;
import cn.silian.stations.StationFilter;
import cn.silian.stations.StationService;
import cn.silian.ui.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed-in user refused a page leaves a line in the audit trail, whether his role or a service refused it. */
class DenialAuditTest extends BrowserlessTestBase {

    @Autowired AuditService audit;
    @Autowired StationService stations;

    @Test
    void aPageTheRoleMayNotOpenIsAuditedAsRefused() {
        login("deputy");
        navigateTo("audit");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);

        assertThat(newestDenial("deputy").summary().translate(SilianI18nProvider.ENGLISH)).isEqualTo("Page /audit refused");
    }

    @Test
    void aRecordAServiceRefusesWhileThePageOpensIsAuditedAsRefused() {
        long first = TestUsers.as(accounts, "street01", () ->
                stations.page(StationFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id());
        login("street02");
        navigateTo("stations/" + first);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);

        AuditRecord line = newestDenial("street02");
        assertThat(line.objectType()).isEqualTo("Access");
        assertThat(line.summary().translate(SilianI18nProvider.CHINESE)).isEqualTo("拒绝访问页面 /stations/" + first);
    }

    private AuditRecord newestDenial(String actor) {
        return TestUsers.as(accounts, "admin", () -> audit.page(new AuditFilter(actor, "Access", AuditEvent.Action.DENIED, null),
                PageRequest.of(0, 1)).getContent().getFirst());
    }
}
