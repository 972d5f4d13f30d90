package cn.silian.demo;

import cn.silian.documents.DocumentService;
import cn.silian.documents.Space;
import cn.silian.meetings.MeetingFilter;
import cn.silian.meetings.MeetingKind;
import cn.silian.meetings.MeetingService;
import cn.silian.meetings.MeetingStatus;
import cn.silian.meetings.MeetingSummary;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.stations.Membership;
import cn.silian.stations.RosterService;
import cn.silian.stations.StationService;
import cn.silian.topics.GroupService;
import cn.silian.topics.MyGroup;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The demo's documents, where the demo accounts meet them: the research report of the demo
 * deputy's group in two versions, the next joint meeting's agenda (internal) and a past
 * meeting's material, a reception log and a notice in the deputy's home station, and a page
 * of the office library. Each is uploaded by whoever would upload it, through the documents
 * service, so access, versions, text and the audit trail are as real ones would be.
 */
@Component
class DemoDocuments {

    static final String GROUP = "加装电梯协调组";
    static final String REPORT = "关于老旧小区加装电梯工作的调研报告";
    static final String AGENDA = "四级人大代表联组会议议程";
    static final String PAST_MATERIAL = "加装电梯课题调研报告（交流材料）";
    static final String RECEPTION_LOG = "代表接待登记表（7—9 月）";
    static final String NOTICE = "联络站第四季度接待日安排";
    static final String GUIDE = "代表履职工作手册（摘要）";

    private final DocumentService documents;
    private final GroupService groups;
    private final MeetingService meetings;
    private final RosterService roster;
    private final StationService stations;
    private final AccountService accounts;

    DemoDocuments(DocumentService documents, GroupService groups, MeetingService meetings, RosterService roster,
                  StationService stations, AccountService accounts) {
        this.documents = documents;
        this.groups = groups;
        this.meetings = meetings;
        this.roster = roster;
        this.stations = stations;
        this.accounts = accounts;
    }

    void load(TransactionTemplate transaction, long deputyId) {
        transaction.executeWithoutResult(status -> groupReport());
        transaction.executeWithoutResult(status -> meetingMaterial());
        transaction.executeWithoutResult(status -> stationFiles(deputyId));
        transaction.executeWithoutResult(status -> as("office", () -> documents.upload(Space.LIBRARY, "履职指南", GUIDE,
                "代表闭会期间履职方式、联络站接待要求和建议办理流程的要点，供新任代表学习参考。", "履职", false,
                GUIDE + ".pdf", file(DemoDocumentFiles.libraryGuidePdf()))));
    }

    /** The deputy circulates the draft to his group; the final report follows as its second version. */
    private void groupReport() {
        as("deputy", () -> {
            long group = groups.myGroups().stream().filter(g -> g.groupName().equals(GROUP)).map(MyGroup::groupId)
                    .findFirst().orElseThrow(() -> new IllegalStateException("deputy is not in " + GROUP));
            long id = documents.upload(Space.group(group), "调研报告", REPORT,
                    "城建环保工委调研组对 12 个老旧小区加装电梯情况的专题调研，第 2 版补充了意见建议。", "加装电梯", false,
                    "加装电梯调研报告（征求意见稿）.pdf", file(DemoDocumentFiles.researchReportDraftPdf()));
            documents.uploadVersion(id, documents.get(id).version(), REPORT + ".pdf",
                    file(DemoDocumentFiles.researchReportPdf()));
            return id;
        });
    }

    /**
     * The meetings are those the demo deputy is invited to, so that he finds their material;
     * the office, which runs the joint meetings, puts it there.
     */
    private void meetingMaterial() {
        LocalDate today = LocalDate.now(Formats.ZONE);
        LocalDateTime now = LocalDateTime.now(Formats.ZONE);
        List<MeetingSummary> upcoming = as("deputy", () -> meetings.page(new MeetingFilter(null, MeetingKind.JOINT,
                MeetingStatus.ANNOUNCED, today, null, true), PageRequest.of(0, 1)).getContent());
        List<MeetingSummary> past = as("deputy", () -> meetings.page(new MeetingFilter(null, MeetingKind.JOINT,
                null, null, today, true), PageRequest.of(0, 20)).getContent()).stream()
                .filter(m -> m.endsAt().isBefore(now)).toList();
        if (upcoming.isEmpty() || past.isEmpty()) {
            throw new IllegalStateException("the demo deputy is invited to no upcoming or no past joint meeting");
        }
        as("office", () -> {
            documents.upload(Space.meeting(upcoming.getFirst().id()), "会议材料", AGENDA,
                    "会议议程和会务说明，请参会代表提前阅知，会后收回。", "联席会", true, AGENDA + ".docx",
                    file(DemoDocumentFiles.meetingAgendaDocx()));
            return documents.upload(Space.meeting(past.getLast().id()), "会议材料", PAST_MATERIAL,
                    "城建环保工委调研组在会上交流的调研报告。", "加装电梯", false, REPORT + ".pdf",
                    file(DemoDocumentFiles.researchReportPdf()));
        });
    }

    /** The home station's staff keep its log and notices; the office stands in for another street's. */
    private void stationFiles(long deputyId) {
        long station = as("deputy", () -> roster.membershipsOf(deputyId)).stream()
                .filter(m -> m.home() && m.leftOn() == null).map(Membership::stationId).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo deputy has no home station"));
        long street = as("office", () -> stations.get(station).summary().streetId());
        String uploader = Objects.equals(street, ((SilianUser) accounts.loadUserByUsername("street01")).streetId())
                ? "street01" : "office";
        as(uploader, () -> {
            documents.upload(Space.station(station), "接待记录", RECEPTION_LOG,
                    // it names the visitors: internal, so every download is audited
                    "第三季度进站接待群众的登记情况和办理结果。", "接待", true, "代表联络站接待登记表.xlsx",
                    file(DemoDocumentFiles.receptionLogXlsx()));
            return documents.upload(Space.station(station), "通知公告", NOTICE,
                    "第四季度接待日的时间、地点和接待代表，已在社区公告栏张贴。", "接待日", false, "联络站接待日安排.txt",
                    file(DemoDocumentFiles.stationNoticeTxt()));
        });
    }

    private static ByteArrayInputStream file(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** Runs work as a demo account, so each document and version carries its uploader's name. */
    private <T> T as(String username, Supplier<T> work) {
        return DemoActor.as(accounts.loadUserByUsername(username), work);
    }
}
