package cn.silian.documents;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.audit.AuditFilter;
import cn.silian.audit.AuditRecord;
import cn.silian.audit.AuditService;
import cn.silian.meetings.MeetingFilter;
import cn.silian.meetings.MeetingService;
import cn.silian.meetings.MeetingSummary;
import cn.silian.security.AccountService;
import cn.silian.shared.AuditEvent;
import cn.silian.security.SilianUser;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.i18n.SilianI18nProvider;
import cn.silian.shared.PersonName;
import cn.silian.stations.Membership;
import cn.silian.stations.RosterService;
import cn.silian.stations.StationService;
import cn.silian.topics.GroupService;
import cn.silian.topics.MyGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SilianSpringTest
@Transactional
@Tag("db")
class DocumentServiceTest {

    @Autowired DocumentService documents;
    @Autowired GroupService groups;
    @Autowired RosterService roster;
    @Autowired StationService stations;
    @Autowired AccountService accounts;
    @Autowired AuditService audit;
    @Autowired MeetingService meetings;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void aMemberUploadsAndReadsAMemberOfAnotherGroupFindsNothing() throws Exception {
        TestUsers.login(accounts, "deputy");
        long mine = firstGroup();
        long id = documents.upload(Space.group(mine), "调研", "调研报告", "第一稿", "教育", false, "../报告.pdf", pdf("v1"));
        assertThat(documents.page(Space.group(mine), null, PageRequest.of(0, 50)).stream().map(DocumentRow::id)).contains(id);
        Download download = documents.open(id, 1);
        assertThat(download.fileName()).isEqualTo("报告.pdf");
        assertThat(download.contentType()).isEqualTo("application/pdf");
        try (InputStream in = download.content().open()) {
            assertThat(in.readAllBytes()).isEqualTo(pdfBytes("v1"));
        }

        TestUsers.login(accounts, "npc");
        long theirs = firstGroup();
        assertThat(theirs).isNotEqualTo(mine);
        assertThat(documents.mayRead(Space.group(mine))).isFalse();
        assertThatThrownBy(() -> documents.open(id, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.get(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.versions(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.page(Space.group(mine), null, PageRequest.of(0, 10))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.uploadVersion(id, 0, "x.pdf", pdf("x"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.upload(Space.group(mine), null, "t", null, null, false, "x.pdf", pdf("x")))
                .isInstanceOf(NotFoundException.class);
        // a document that does not exist looks exactly the same
        assertThatThrownBy(() -> documents.open(Long.MAX_VALUE, 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDeputyReadsTheLibraryButOnlyTheOfficeAddsToIt() {
        TestUsers.login(accounts, "office");
        long id = documents.upload(Space.LIBRARY, null, "代表履职手册", null, null, false, "手册.pdf", pdf("lib"));

        TestUsers.login(accounts, "deputy");
        assertThat(documents.open(id, 1).sizeBytes()).isEqualTo(pdfBytes("lib").length);
        assertThat(documents.mayWrite(Space.LIBRARY)).isFalse();
        assertThatThrownBy(() -> documents.upload(Space.LIBRARY, null, "t", null, null, false, "x.pdf", pdf("x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.softDelete(id, 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffOfAnotherStreetCannotReadAStationsDocuments() {
        TestUsers.login(accounts, "street01");
        long street = ((SilianUser) accounts.loadUserByUsername("street01")).streetId();
        Space station = Space.station(stations.activeIn(street).getFirst().id());
        long id = documents.upload(station, null, "接待记录", null, null, true, "记录.txt",
                new ByteArrayInputStream("接待群众三人".getBytes(StandardCharsets.UTF_8)));
        assertThat(documents.open(id, 1).contentType()).isEqualTo("text/plain");

        TestUsers.login(accounts, "street02");
        assertThat(documents.mayRead(station)).isFalse();
        assertThatThrownBy(() -> documents.open(id, 1)).isInstanceOf(NotFoundException.class);

        TestUsers.login(accounts, "office");
        assertThat(documents.open(id, 1).fileName()).isEqualTo("记录.txt");
    }

    @Test
    void aDeputyReadsHisStationsDocumentsOnly() {
        long npcId = ((SilianUser) accounts.loadUserByUsername("npc")).deputyId();
        List<Long> npcsStations = TestUsers.as(accounts, "npc", () -> roster.membershipsOf(npcId)).stream()
                .filter(m -> m.leftOn() == null).map(Membership::stationId).toList();
        TestUsers.login(accounts, "deputy");
        long deputyId = ((SilianUser) accounts.loadUserByUsername("deputy")).deputyId();
        // one of the deputy's stations that npc is not on, so that her refusal is the rule's doing
        Space station = roster.membershipsOf(deputyId).stream()
                .filter(m -> m.leftOn() == null && !npcsStations.contains(m.stationId()))
                .map(m -> Space.station(m.stationId())).findFirst()
                .orElseThrow(() -> new AssertionError("the demo deputy has no station without npc"));
        long id = documents.upload(station, null, "值班记录", null, null, false, "值班.txt",
                new ByteArrayInputStream("值班".getBytes(StandardCharsets.UTF_8)));
        assertThat(documents.open(id, 1).fileName()).isEqualTo("值班.txt");

        TestUsers.login(accounts, "npc");
        assertThat(documents.mayRead(station)).isFalse();
        assertThatThrownBy(() -> documents.open(id, 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void newVersionsKeepTheOldOnes() throws Exception {
        TestUsers.login(accounts, "deputy");
        long group = firstGroup();
        long id = documents.upload(Space.group(group), null, "会议材料", null, null, false, "材料.pdf", pdf("one"));
        long version = documents.get(id).version();
        assertThat(documents.uploadVersion(id, version, "材料（修改）.pdf", pdf("two"))).isEqualTo(2);

        assertThat(documents.versions(id)).extracting(VersionRow::number).containsExactly(2, 1);
        assertThat(documents.get(id).latest().fileName()).isEqualTo("材料（修改）.pdf");
        try (InputStream in = documents.open(id, 1).content().open()) {
            assertThat(in.readAllBytes()).isEqualTo(pdfBytes("one"));
        }
    }

    @Test
    void anOldVersionIsMadeTheNewestAgainAsACopy() throws Exception {
        TestUsers.login(accounts, "deputy");
        long group = firstGroup();
        long id = documents.upload(Space.group(group), null, "方案", null, null, false, "方案.pdf", pdf("first"));
        documents.uploadVersion(id, documents.get(id).version(), "方案二.pdf", pdf("second"));
        assertThat(documents.restoreVersion(id, documents.get(id).version(), 1)).isEqualTo(3);
        assertThat(documents.versions(id)).extracting(VersionRow::number).containsExactly(3, 2, 1);
        DocumentRow row = documents.get(id);
        assertThat(row.latest().fileName()).isEqualTo("方案.pdf");
        assertThat(row.latest().sha256()).isEqualTo(documents.versions(id).getLast().sha256());
        try (InputStream in = documents.open(id, 3).content().open()) {
            assertThat(in.readAllBytes()).isEqualTo(pdfBytes("first"));
        }
        assertThatThrownBy(() -> documents.restoreVersion(id, 0, 1)).isInstanceOf(cn.silian.shared.ConcurrentEditException.class);
    }

    @Test
    void aMemberChangesHisOwnDocumentsOnlyTheOfficeAndTheLeaderChangeAny() {
        TestUsers.login(accounts, "deputy");
        long group = firstGroup();
        long mine = documents.upload(Space.group(group), null, "我的稿件", null, null, false, "mine.pdf", pdf("mine"));
        assertThat(documents.get(mine).changeable()).isTrue();

        TestUsers.login(accounts, "office");
        long theirs = documents.upload(Space.group(group), null, "工委材料", null, null, false, "office.pdf", pdf("office"));

        TestUsers.login(accounts, "deputy");
        DocumentRow row = documents.get(theirs);
        assertThat(row.changeable()).isFalse();
        assertThatThrownBy(() -> documents.softDelete(theirs, row.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.describe(theirs, row.version(), null, "改名", null, null, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.uploadVersion(theirs, row.version(), "x.pdf", pdf("x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(documents.get(theirs).title()).isEqualTo("工委材料");

        TestUsers.login(accounts, "office");
        assertThat(documents.get(mine).changeable()).isTrue();
        documents.softDelete(mine, documents.get(mine).version());
    }

    @Test
    void badDescriptionsAreRefusedAndChangeNothing() {
        TestUsers.login(accounts, "deputy");
        long group = firstGroup();
        long id = documents.upload(Space.group(group), null, "标题", null, null, false, "t.pdf", pdf("t"));
        long version = documents.get(id).version();
        assertThatThrownBy(() -> documents.describe(id, version, null, "  ", null, null, false))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> documents.describe(id, version, "夹".repeat(DocumentService.FOLDER_MAX + 1), "标题",
                null, null, false)).isInstanceOf(InvalidInputException.class);
        assertThat(documents.get(id).title()).isEqualTo("标题");
        assertThat(documents.get(id).folder()).isNull();
    }

    @Test
    void softDeleteHidesAndTheOfficeRestores() {
        TestUsers.login(accounts, "deputy");
        long group = firstGroup();
        long id = documents.upload(Space.group(group), null, "旧稿", null, null, false, "旧稿.pdf", pdf("old"));
        long before = documents.count(Space.group(group), null);
        documents.softDelete(id, documents.get(id).version());
        assertThat(documents.count(Space.group(group), null)).isEqualTo(before - 1);
        assertThatThrownBy(() -> documents.open(id, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.restore(id)).isInstanceOf(AccessDeniedException.class);

        TestUsers.login(accounts, "office");
        assertThat(documents.bin(PageRequest.of(0, 50)).stream().map(DocumentRow::id)).contains(id);
        documents.restore(id);
        assertThat(documents.open(id, 1).fileName()).isEqualTo("旧稿.pdf");
        assertThat(documents.count(Space.group(group), null)).isEqualTo(before);
    }

    @Test
    void whoUploadedAndWhoDeletedAreNamedByDisplayNameNotLoginName() {
        TestUsers.login(accounts, "deputy");
        long id = documents.upload(Space.group(firstGroup()), null, "署名稿", null, null, false, "署名稿.pdf", pdf("signed"));
        assertThat(documents.versions(id)).singleElement()
                .satisfies(v -> assertThat(v.uploadedBy()).isEqualTo(new PersonName("陈志强", "role.DEPUTY")));
        assertThat(documents.get(id).latest().uploadedBy().displayName()).isEqualTo("陈志强");
        documents.softDelete(id, documents.get(id).version());

        TestUsers.login(accounts, "office");
        assertThat(documents.bin(PageRequest.of(0, 50)).stream().filter(r -> r.id() == id)).singleElement()
                .satisfies(r -> assertThat(r.deletedBy()).isEqualTo(new PersonName("陈志强", "role.DEPUTY")));
    }

    @Test
    void abuseIsRefusedAndLeavesNoRecord() {
        TestUsers.login(accounts, "deputy");
        long group = firstGroup();
        long before = documents.count(Space.group(group), null);
        byte[] exe = new byte[64];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThatThrownBy(() -> documents.upload(Space.group(group), null, "报告", null, null, false, "报告.pdf",
                new ByteArrayInputStream(exe))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> documents.upload(Space.group(group), null, "报告", null, null, false, "报告.pdf",
                new ByteArrayInputStream(new byte[0]))).isInstanceOf(InvalidInputException.class);
        assertThat(documents.count(Space.group(group), null)).isEqualTo(before);
    }

    @Test
    void uploadsAndDownloadsOfInternalMaterialAreAudited() {
        TestUsers.login(accounts, "deputy");
        long group = firstGroup();
        long id = documents.upload(Space.group(group), null, "内部材料", null, null, true, "内部.pdf", pdf("internal"));
        documents.open(id, 1);

        TestUsers.login(accounts, "admin");
        List<AuditRecord> trail = audit.page(new AuditFilter(null, "Document", null, String.valueOf(id)),
                PageRequest.of(0, 10)).getContent();
        assertThat(trail).extracting(AuditRecord::actor).containsOnly("deputy");
        assertThat(trail).extracting(AuditRecord::action)
                .containsExactlyInAnyOrder(AuditEvent.Action.CREATE, AuditEvent.Action.DOWNLOAD);
        assertThat(trail).anySatisfy(r -> assertThat(r.summary().translate(SilianI18nProvider.ENGLISH))
                .isEqualTo("Downloaded 内部.pdf, version 1"));
    }

    @Test
    void everyDownloadIsAuditedNotOnlyOfInternalMaterial() {
        TestUsers.login(accounts, "deputy");
        long id = documents.upload(Space.group(firstGroup()), null, "公开材料", null, null, false, "公开.pdf", pdf("open"));
        documents.open(id, 1);

        TestUsers.login(accounts, "admin");
        assertThat(audit.page(new AuditFilter(null, "Document", AuditEvent.Action.DOWNLOAD, String.valueOf(id)),
                PageRequest.of(0, 10)).getContent()).singleElement().satisfies(r -> {
                    assertThat(r.actor()).isEqualTo("deputy");
                    assertThat(r.summary().translate(SilianI18nProvider.CHINESE)).contains("公开.pdf");
                });
    }

    @Test
    void aMeetingsDocumentsAreForItsInviteesAndOrganisers() {
        // street02 has no deputy, so he is invited to nothing: he reads only the meetings he organises
        assertThat(((SilianUser) accounts.loadUserByUsername("street02")).deputyId()).isNull();
        Set<Long> street02s = TestUsers.as(accounts, "street02", meetings::idsOfCaller);
        TestUsers.login(accounts, "deputy");
        Space meeting = meetings.page(new MeetingFilter(null, null, null, null, null, true), PageRequest.of(0, 50))
                .stream().map(MeetingSummary::id).filter(id -> !street02s.contains(id)).map(Space::meeting)
                .findFirst().orElseThrow(() -> new AssertionError("the demo deputy has no meeting street02 does not run"));
        long id = documents.upload(meeting, null, "会议议程", null, null, false, "议程.pdf", pdf("agenda"));
        assertThat(documents.open(id, 1).fileName()).isEqualTo("议程.pdf");

        TestUsers.login(accounts, "street02");
        assertThat(documents.mayRead(meeting)).isFalse();
        assertThatThrownBy(() -> documents.open(id, 1)).isInstanceOf(NotFoundException.class);
    }

    private long firstGroup() {
        List<MyGroup> mine = groups.myGroups();
        assertThat(mine).isNotEmpty();
        return mine.getFirst().groupId();
    }

    static byte[] pdfBytes(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    static InputStream pdf(String text) {
        return new ByteArrayInputStream(pdfBytes(text));
    }
}
