package cn.silian.voters;

import cn.silian.meetings.MeetingDraft;
import cn.silian.meetings.MeetingKind;
import cn.silian.meetings.MeetingService;
import cn.silian.security.Roles;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.DeputyNotice;
import cn.silian.shared.Edit;
import cn.silian.shared.Formats;
import cn.silian.shared.InputRules;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The rating of an oral report: the office schedules its meeting (a meeting of the kind
 * {@link MeetingKind#VOTERS} in the meetings module, linked by id); the office or the staff of the
 * deputy's street enter the voters' representatives' sheets, one at a time or as a tally, and
 * publish the result once there are enough sheets. The deputy is told; the office sees it in the plan.
 */
@Service
@Transactional(readOnly = true)
public class RatingService {

    static final String STAFF = "hasAnyRole('OFFICE','ADMIN','STREET_STAFF')";
    static final Duration MEETING_LENGTH = Duration.ofHours(2);

    private final VotersReportRepository reports;
    private final VotersPlanRepository plans;
    private final VotersAccess access;
    private final ReportActivity activity;
    private final VotersSettings settings;
    private final MeetingService meetings;
    private final ApplicationEventPublisher events;

    RatingService(VotersReportRepository reports, VotersPlanRepository plans, VotersAccess access, ReportActivity activity,
                  VotersSettings settings, MeetingService meetings, ApplicationEventPublisher events) {
        this.reports = reports;
        this.plans = plans;
        this.access = access;
        this.activity = activity;
        this.settings = settings;
        this.meetings = meetings;
        this.events = events;
    }

    /** The fewest sheets a result may be published with. */
    @PreAuthorize(Roles.ANY_ROLE)
    public int minRaters() {
        return settings.minRaters();
    }

    /**
     * Schedules (or moves) the rating meeting; its title is written in the office's language.
     * Returns the report's new version.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long schedule(long id, long version, RatingMeetingDraft draft, Locale locale) {
        VotersReport r = oral(id, version);
        InputRules.checker()
                .check("startsAt", draft.startsAt() == null ? "validation.required"
                        : draft.startsAt().isBefore(LocalDateTime.now(Formats.ZONE)) ? "voters.meeting.past" : null)
                .text("place", draft.place(), true, RatingMeetingDraft.PLACE_MAX)
                .multiline("invited", draft.invited(), false, RatingMeetingDraft.INVITED_MAX)
                .throwIfAny();
        VotersPlan plan = plans.findById(r.planId()).orElseThrow();
        String name = access.nameOf(r.deputyId());
        MeetingDraft meeting = new MeetingDraft();
        meeting.setTitle(Message.of("voters.meeting.title", plan.year(), name).translate(locale));
        meeting.setKind(MeetingKind.VOTERS);
        meeting.setStartsAt(draft.startsAt());
        meeting.setEndsAt(draft.startsAt().plus(MEETING_LENGTH));
        meeting.setPlace(draft.place().strip());
        meeting.setDescription(InputRules.clean(draft.invited()));
        Long meetingId = r.meetingId();
        if (meetingId == null) {
            meetingId = meetings.create(meeting);
        } else {
            Edit<MeetingDraft> current = meetings.edit(meetingId);
            meeting.setAgenda(current.draft().getAgenda());
            meetings.update(meetingId, current.version(), meeting);
        }
        r.schedule(meetingId, draft.startsAt(), draft.place().strip(), InputRules.clean(draft.invited()));
        reports.saveAndFlush(r);
        audit(r, "audit.voters.meeting-scheduled", name, plan.year());
        return r.getVersion();
    }

    /** One rating sheet; returns the report's new version. */
    @PreAuthorize(STAFF)
    @Transactional
    public long sheet(long id, long version, Rating rating) {
        if (rating == null) {
            throw new InvalidInputException("rating", "validation.required");
        }
        return tally(id, version, Tally.one(rating));
    }

    /** A tally of sheets counted on paper, added to those entered so far; returns the report's new version. */
    @PreAuthorize(STAFF)
    @Transactional
    public long tally(long id, long version, Tally counted) {
        VotersReport r = rateable(id, version);
        if (counted == null || counted.negative()) {
            throw new InvalidInputException("tally", "voters.rating.negative");
        }
        if (counted.total() == 0) {
            throw new InvalidInputException("tally", "voters.rating.empty");
        }
        r.add(counted);
        reports.saveAndFlush(r);
        return r.getVersion();
    }

    /** Publishes the result to the deputy and the office; refused with fewer than the required sheets. */
    @PreAuthorize(STAFF)
    @Transactional
    public long publish(long id, long version) {
        VotersReport r = rateable(id, version);
        Tally t = r.tally();
        if (t.total() < settings.minRaters()) {
            throw new InvalidInputException("tally", "voters.rating.too-few", settings.minRaters(), t.total());
        }
        r.publish(Instant.now());
        reports.saveAndFlush(r);
        VotersPlan plan = plans.findById(r.planId()).orElseThrow();
        activity.changed(r, plan.year());
        events.publishEvent(new DeputyNotice(List.of(r.deputyId()), "voters", "voters.notice.published",
                List.of(String.valueOf(plan.year()), String.valueOf(t.total()), String.valueOf(t.ratePercent())),
                "voters/mine"));
        audit(r, "audit.voters.result-published", access.nameOf(r.deputyId()), plan.year());
        return r.getVersion();
    }

    /** Takes a published result back (entered wrongly): the sheets may be corrected, the duty is withdrawn. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long unpublish(long id, long version) {
        VotersReport r = find(id);
        r.checkVersion(version);
        if (!r.published()) {
            throw new InvalidInputException(null, "voters.rating.not-published");
        }
        r.unpublish();
        reports.saveAndFlush(r);
        VotersPlan plan = plans.findById(r.planId()).orElseThrow();
        activity.changed(r, plan.year());
        audit(r, "audit.voters.result-withdrawn", access.nameOf(r.deputyId()), plan.year());
        return r.getVersion();
    }

    private VotersReport rateable(long id, long version) {
        VotersReport r = find(id);
        access.requireMayRate(r);
        r.checkVersion(version);
        requireOral(r);
        if (r.published()) {
            throw new InvalidInputException("tally", "voters.rating.published");
        }
        return r;
    }

    private VotersReport oral(long id, long version) {
        VotersReport r = find(id);
        r.checkVersion(version);
        requireOral(r);
        if (r.published()) {
            throw new InvalidInputException(null, "voters.rating.published");
        }
        return r;
    }

    private void requireOral(VotersReport r) {
        if (r.form() != ReportForm.ORAL) {
            throw new InvalidInputException(null, "voters.rating.not-oral");
        }
        if (!plans.findById(r.planId()).orElseThrow().confirmed()) {
            throw new InvalidInputException(null, "voters.report.plan-not-confirmed");
        }
    }

    private VotersReport find(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException(VotersReportService.REPORT, id));
    }

    private void audit(VotersReport r, String key, Object... args) {
        events.publishEvent(new AuditEvent(access.me().getUsername(), AuditEvent.Action.UPDATE, VotersReportService.REPORT,
                String.valueOf(r.getId()), Message.of(key, args), null, "tally=" + r.tally() + " published=" + r.published()));
    }

    /**
     * Records a rating meeting the office held without scheduling it here (on paper, before the
     * plan was entered): it must have taken place already, in the plan's year. No meeting is
     * created in the meetings module. Returns the report's new version.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long recordHeld(long id, long version, RatingMeetingDraft draft) {
        VotersReport r = oral(id, version);
        int year = plans.findById(r.planId()).orElseThrow().year();
        InputRules.checker()
                .check("startsAt", draft.startsAt() == null ? "validation.required"
                        : draft.startsAt().isAfter(LocalDateTime.now(Formats.ZONE)) ? "voters.meeting.future"
                        : draft.startsAt().getYear() != year ? "voters.meeting.other-year" : null, year)
                .text("place", draft.place(), true, RatingMeetingDraft.PLACE_MAX)
                .multiline("invited", draft.invited(), false, RatingMeetingDraft.INVITED_MAX)
                .throwIfAny();
        r.schedule(r.meetingId(), draft.startsAt(), draft.place().strip(), InputRules.clean(draft.invited()));
        reports.saveAndFlush(r);
        audit(r, "audit.voters.meeting-recorded", access.nameOf(r.deputyId()), year);
        return r.getVersion();
    }
}
