package cn.silian.audit;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SilianSpringTest
class AuditServiceTest {

    @Autowired AuditService audit;
    @Autowired AccountService accounts;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void onlyAdministratorsReadTheTrail() {
        for (String user : List.of("office", "street01", "deputy")) {
            TestUsers.login(accounts, user);
            assertThatThrownBy(() -> audit.page(AuditFilter.none(), PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.objectTypes()).isInstanceOf(AccessDeniedException.class);
        }
    }
}
