package cn.silian.meetings;

import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the meeting services' tests share: the services, {@link MeetingsTestData} and the demo's
 * two deputies with accounts; whoever a test signed in is signed out after it.
 */
abstract class MeetingsTestBase {

    @Autowired MeetingService meetings;
    @Autowired InvitationService invitations;
    @Autowired AccountService accounts;
    @Autowired EntityManager entityManager;

    MeetingsTestData data;
    long deputy;
    long npc;

    @BeforeEach
    void meetingsTestData() {
        data = new MeetingsTestData(accounts, meetings, invitations, entityManager);
        deputy = data.deputyId("deputy");
        npc = data.deputyId("npc");
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }
}
