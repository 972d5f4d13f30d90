package cn.silian.documents;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.meetings.InvitationService;
import cn.silian.meetings.MeetingService;
import cn.silian.meetings.MeetingsTestData;
import cn.silian.security.AccountService;
import jakarta.persistence.EntityManager;
import cn.silian.topics.GroupService;
import cn.silian.topics.MyGroup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Downloads over HTTP through the real security filter chain: the bytes, the headers, and the
 * refusals. MockMvc on the shared application context.
 */
@SilianSpringTest
@Transactional
@Tag("db")
class DocumentFileControllerTest {

    @Autowired WebApplicationContext context;
    @Autowired DocumentService documents;
    @Autowired DocumentLinks links;
    @Autowired GroupService groups;
    @Autowired AccountService accounts;
    @Autowired MeetingService meetings;
    @Autowired InvitationService invitations;
    @Autowired EntityManager entityManager;

    private MockMvc http;

    @BeforeEach
    void client() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void aMemberDownloadsTheExactBytesAsAnAttachmentWithTheChineseNameKept() throws Exception {
        TestUsers.login(accounts, "deputy");
        byte[] pdf = TestFiles.chinesePdf("加装电梯调研报告正文");
        long id = upload(firstGroup(), false, "电梯 调研报告（第一稿）.pdf", pdf);
        String href = links.href(id, 1, DocumentLinks.Mode.SAVE);
        String checksum = documents.get(id).latest().sha256();

        MockHttpServletResponse response = http.perform(get("/" + href).with(user(me("deputy")))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(sha256(response.getContentAsByteArray())).isEqualTo(checksum);
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"")
                .contains("filename*=UTF-8''%E7%94%B5%E6%A2%AF%20%E8%B0%83%E7%A0%94")
                .doesNotContain("/").doesNotContain("\n");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(response.getContentType()).isEqualTo("application/pdf");
    }

    @Test
    void aLinkCopiedToAnotherUserOpensNothingAndNeitherDoesAForgedOne() throws Exception {
        TestUsers.login(accounts, "deputy");
        long id = upload(firstGroup(), false, "a.pdf", TestFiles.chinesePdf("小组内部工作稿"));
        String href = links.href(id, 1, DocumentLinks.Mode.SAVE);

        // npc, a member of another group, with the deputy's link
        assertThat(http.perform(get("/" + href).with(user(me("npc")))).andReturn().getResponse().getStatus()).isEqualTo(404);
        // npc, with a link signed for himself, still has no right to the document
        TestUsers.login(accounts, "npc");
        String own = links.href(id, 1, DocumentLinks.Mode.SAVE);
        MockHttpServletResponse refused = http.perform(get("/" + own).with(user(me("npc")))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(refused.getContentAsString()).doesNotStartWith("%PDF").contains("does not open a file for you");
        // a guessed signature, an expired link and no session at all
        String forged = href.replaceAll("s=[^&]+", "s=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertThat(http.perform(get("/" + forged).with(user(me("deputy")))).andReturn().getResponse().getStatus()).isEqualTo(404);
        String expired = href.replaceAll("e=\\d+", "e=1");
        assertThat(http.perform(get("/" + expired).with(user(me("deputy")))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(http.perform(get("/" + href)).andReturn().getResponse().getStatus()).isIn(302, 401);
    }

    @Test
    void internalPdfsAreWatermarkedWithTheReaderAndTheTime() throws Exception {
        TestUsers.login(accounts, "deputy");
        byte[] pdf = TestFiles.chinesePdf("内部讨论稿");
        long id = upload(firstGroup(), true, "内部.pdf", pdf);
        String href = links.href(id, 1, DocumentLinks.Mode.VIEW);

        MockHttpServletResponse response = http.perform(get("/" + href).with(user(me("deputy")))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).startsWith("inline;");
        // Silian's own preview dialog frames it; no other site may
        assertThat(response.getHeaders("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(response.getContentAsByteArray()).isNotEqualTo(pdf);
        try (PDDocument marked = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(marked);
            assertThat(text).contains("deputy").contains("内部讨论稿");
        }
    }

    @Test
    void anInternalFileThatCannotBeWatermarkedIsNotHandedOutUnmarked() throws Exception {
        TestUsers.login(accounts, "deputy");
        byte[] damaged = "%PDF-1.4\n% 不是完整的 PDF\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long id = upload(firstGroup(), true, "损坏.pdf", damaged);
        String href = links.href(id, 1, DocumentLinks.Mode.SAVE);

        MockHttpServletResponse response = http.perform(get("/" + href).with(user(me("deputy")))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getHeader("Content-Disposition")).isNull();
        assertThat(response.getContentAsString()).contains("cannot be watermarked");
    }

    @Test
    void pagesOtherThanFilesMayNotBeFramedAtAll() throws Exception {
        MockHttpServletResponse page = http.perform(get("/calendar/feed/none.ics")).andReturn().getResponse();
        assertThat(page.getHeaders("X-Frame-Options")).containsExactly("DENY");
    }

    @Test
    void withdrawnMaterialIsGoneForItsReaders() throws Exception {
        long meeting = pastMeetingWithTheDeputy();
        TestUsers.login(accounts, "office");
        long id = documents.upload(Space.meeting(meeting), null, "会议内部材料", null, null, true, "m.pdf",
                new ByteArrayInputStream(TestFiles.chinesePdf("会议内部材料")));
        assertThat(documents.withdrawInternal(meeting)).isEqualTo(1);

        TestUsers.login(accounts, "deputy");
        assertThat(documents.get(id).withdrawn()).isTrue();
        String href = links.href(id, 1, DocumentLinks.Mode.SAVE);
        MockHttpServletResponse response = http.perform(get("/" + href).with(user(me("deputy")))
                .header("Accept-Language", "zh-CN")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(410);
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("收回");
    }

    @Test
    void aMeetingsMaterialsAreWithdrawnOnlyByItsOrganiserAfterItEnded() {
        long past = pastMeetingWithTheDeputy();
        TestUsers.login(accounts, "deputy");
        assertThat(documents.mayWithdraw(Space.meeting(past))).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.withdrawInternal(past))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private long pastMeetingWithTheDeputy() {
        return new MeetingsTestData(accounts, meetings, invitations, entityManager)
                .started("已结束的联组会议", Duration.ofHours(5), "deputy");
    }

    private long upload(long group, boolean internal, String name, byte[] bytes) {
        return documents.upload(Space.group(group), null, "标题", null, null, internal, name, new ByteArrayInputStream(bytes));
    }

    private long firstGroup() {
        List<MyGroup> mine = groups.myGroups();
        assertThat(mine).isNotEmpty();
        return mine.getFirst().groupId();
    }

    private UserDetails me(String username) {
        return accounts.loadUserByUsername(username);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
