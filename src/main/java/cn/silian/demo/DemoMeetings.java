package cn.silian.demo;

import cn.silian.meetings.AgendaLine;
import cn.silian.meetings.Attendance;
import cn.silian.meetings.InvitationService;
import cn.silian.meetings.MeetingDetails;
import cn.silian.meetings.MeetingDraft;
import cn.silian.meetings.MeetingHistory;
import cn.silian.meetings.MeetingKind;
import cn.silian.meetings.MeetingService;
import cn.silian.meetings.Rsvp;
import cn.silian.people.DeputyService;
import cn.silian.people.Level;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import cn.silian.security.SystemUser;
import cn.silian.shared.Formats;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/**
 * Last quarter's two joint meetings, recorded with answers, attendance, minutes and actions, and
 * next month's joint meeting, announced, with the first answers in.
 */
@Component
class DemoMeetings {

    private static final String HALL = "区人大常委会三楼第一会议室";

    private final MeetingService meetings;
    private final InvitationService invitations;
    private final MeetingHistory history;
    private final DeputyService deputies;

    DemoMeetings(MeetingService meetings, InvitationService invitations, MeetingHistory history, DeputyService deputies) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.history = history;
        this.deputies = deputies;
    }

    void load(TransactionTemplate transaction, long deputyId, long npcId, Random random) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        List<Long> seniors = new ArrayList<>(deputies.activeIdsWithLevels(EnumSet.of(Level.NATIONAL, Level.PROVINCIAL)));
        List<Long> invitees = new ArrayList<>(seniors);
        if (!invitees.contains(deputyId)) {
            invitees.add(deputyId);
        }
        transaction.executeWithoutResult(status -> past(today.minusDays(75), quarterly(today.minusDays(75)), invitees,
                deputyId, npcId, random,
                "听取区政府关于老旧小区改造进展的通报；代表们围绕加装电梯“一梯一策”、管网更新资金分担、施工期间居民出行等问题发言 23 人次。",
                "一、请区住建局在 10 月底前公布加装电梯审批“一窗受理”流程；二、各课题组结合进站接待收集的意见，形成问题清单报代表工委。",
                List.of(new MeetingHistory.PastAction("汇总城关街道加装电梯意见，报代表工委", deputyId, today.plusDays(10), false),
                        new MeetingHistory.PastAction("就管网更新资金分担提出书面建议", npcId, today.plusDays(20), false),
                        new MeetingHistory.PastAction("整理联席会发言摘要", seniors.get(2), today.minusDays(60), true))));
        transaction.executeWithoutResult(status -> past(today.minusDays(20), "老旧小区改造与一老一小服务专题联席会", invitees,
                deputyId, npcId, random,
                "通报三个课题的调研进度；社区食堂、托育点选址和适老化改造三个话题分组讨论，各组组长汇报。",
                "一、12 月中旬前各课题组提交调研报告初稿；二、下次联席会邀请区民政局、区卫健委列席。",
                List.of(new MeetingHistory.PastAction("提交社区食堂运营情况的调研材料", npcId, today.plusDays(14), false))));
        transaction.executeWithoutResult(status -> upcoming(today.plusDays(16), invitees, npcId, random));
    }

    private void past(LocalDate day, String title, List<Long> invitees, long deputyId, long npcId, Random random,
                      String minutes, String decisions, List<MeetingHistory.PastAction> actions) {
        MeetingDraft d = draft(title, day, "通报课题调研进展，听取各级代表意见建议。");
        List<MeetingHistory.PastInvitee> people = new ArrayList<>();
        for (Long id : invitees) {
            int roll = random.nextInt(20);
            if (id == deputyId || id == npcId || roll >= 4) {
                people.add(new MeetingHistory.PastInvitee(id, Rsvp.ACCEPTED, null, roll == 5 ? Attendance.LATE : Attendance.PRESENT));
            } else {
                String reason = roll == 0 ? "参加全国人大常委会专题调研" : roll == 1 ? "因病住院" : "单位有紧急公务";
                people.add(new MeetingHistory.PastInvitee(id, Rsvp.DECLINED, reason, Attendance.ABSENT));
            }
        }
        history.recordHeld(d, people, minutes, decisions, actions);
    }

    private void upcoming(LocalDate day, List<Long> invitees, long npcId, Random random) {
        MeetingDraft d = draft(quarterly(day), day, "审议年度课题调研报告，研究明年年度主题的征集安排。");
        d.setDelegatesAllowed(true);
        long id = meetings.create(d);
        for (int from = 0; from < invitees.size(); from += InvitationService.BATCH) {
            invitations.invite(id, invitees.subList(from, Math.min(invitees.size(), from + InvitationService.BATCH)));
        }
        meetings.announce(id, meetings.get(id).version());
        // The first answers, given by the invitees themselves; npc and the demo deputy still have to answer.
        for (Long person : invitees.subList(0, Math.min(invitees.size(), 30))) {
            if (person == npcId) {
                continue;
            }
            int roll = random.nextInt(10);
            asDeputy(person, () -> {
                MeetingDetails mine = meetings.get(id);
                long version = mine.rights().invitation().version();
                if (roll < 7) {
                    invitations.respond(id, version, Rsvp.ACCEPTED, null, null);
                } else if (roll < 9) {
                    invitations.respond(id, version, Rsvp.DECLINED, "已安排外出考察，无法出席", null);
                } else {
                    invitations.respond(id, version, Rsvp.DELEGATE, null, "代表联络员 王芳");
                }
            });
        }
    }

    /** "2026年第四季度四级人大代表联席会": the joint meeting is held once a quarter. */
    private static String quarterly(LocalDate day) {
        return day.getYear() + "年第" + "一二三四".charAt((day.getMonthValue() - 1) / 3) + "季度四级人大代表联席会";
    }

    private static MeetingDraft draft(String title, LocalDate day, String description) {
        MeetingDraft d = new MeetingDraft();
        d.setTitle(title);
        d.setKind(MeetingKind.JOINT);
        d.setStartsAt(LocalDateTime.of(day, LocalTime.of(14, 30)));
        d.setEndsAt(LocalDateTime.of(day, LocalTime.of(17, 0)));
        d.setPlace(HALL);
        d.setDescription(description);
        d.setAgenda(List.of(new AgendaLine("通报课题调研进展", "代表工委 王敏", 30),
                new AgendaLine("各课题组组长汇报", "各组组长", 60),
                new AgendaLine("代表发言、交流讨论", null, 60)));
        return d;
    }

    /** Runs as a deputy without an account, so each answer is his own. */
    private static void asDeputy(long deputyId, Runnable work) {
        SilianUser user = new SilianUser(null, SystemUser.NAME, "", true, SystemUser.NAME, Role.DEPUTY, null, deputyId);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
