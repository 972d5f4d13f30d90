package cn.silian.campaigns;

import cn.silian.opinions.OpinionsClock;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.Edit;
import cn.silian.shared.InputRules;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.Pages;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import jakarta.persistence.criteria.JoinType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Research months: the office prepares a campaign, opens it for its period and closes it with a
 * summary; opinions and meetings of the period are tagged to it, and its figures are counted per
 * street and group. Candidate projects come from the {@link CampaignProjects} of the projects
 * module, if there is one.
 */
@Service
@Transactional(readOnly = true)
public class CampaignService {

    static final String TYPE = "Campaign";
    public static final int THEME_MAX = 100;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int SUMMARY_MAX = 4000;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int TARGET_MAX = 10_000;
    /** How many categories of opinions the summary report names. */
    public static final int TOP_CATEGORIES = 3;

    private final CampaignRepository campaigns;
    private final CampaignItemRepository items;
    private final CampaignAccess access;
    private final StreetService streets;
    private final ApplicationEventPublisher events;

    CampaignService(CampaignRepository campaigns, CampaignItemRepository items, CampaignAccess access,
                    StreetService streets, ApplicationEventPublisher events) {
        this.campaigns = campaigns;
        this.items = items;
        this.access = access;
        this.streets = streets;
        this.events = events;
    }

    /** Campaigns a candidate project may be attached to (open first, then closed), newest first. */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<CampaignSummary> forProjects() {
        return campaigns.findAll(visible().and((root, q, cb) -> cb.notEqual(root.get("status"), CampaignStatus.DRAFT)),
                        Sort.by(Sort.Order.desc("startsOn"), Sort.Order.desc("id"))).stream()
                .sorted(Comparator.comparing((Campaign c) -> c.status() != CampaignStatus.OPEN))
                .map(CampaignService::summaryOf).toList();
    }

    /** One campaign, for anyone who may see campaigns. */
    @PreAuthorize(Roles.ANY_ROLE)
    public CampaignSummary summary(long id) {
        return summaryOf(readable(id));
    }

    /** One page of the campaigns the caller may see, newest first unless sorted otherwise. */
    @PreAuthorize(Roles.ANY_ROLE)
    public Slice<CampaignRow> page(CampaignFilter filter, Pageable pageable) {
        Sort newest = Sort.by(Sort.Order.desc("startsOn"), Sort.Order.desc("id"));
        Pageable sorted = pageable.isPaged() ? Pages.sorted(pageable, newest)
                : Pageable.unpaged(pageable.getSort().isSorted() ? pageable.getSort() : newest);
        return Pages.slice(campaigns, spec(filter), sorted)
                .map(c -> new CampaignRow(c.getId(), c.theme(), c.year(), c.startsOn(), c.endsOn(), c.status(),
                        c.targets().size()));
    }

    @PreAuthorize(Roles.ANY_ROLE)
    public long count(CampaignFilter filter) {
        return campaigns.count(spec(filter));
    }

    /** The campaign with what the caller may do with it. */
    @PreAuthorize(Roles.ANY_ROLE)
    public CampaignDetails details(long id) {
        Campaign c = readable(id);
        SilianUser me = access.me();
        return new CampaignDetails(summaryOf(c), c.description(), c.targets(), c.summaryText(), c.closedAt(),
                c.getVersion(), me.isOfficeOrAdmin() && c.status() != CampaignStatus.CLOSED,
                c.status() == CampaignStatus.OPEN && access.mayTag(c));
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public Edit<CampaignDraft> edit(long id) {
        Campaign c = find(id);
        return new Edit<>(c.getId(), c.getVersion(), new CampaignDraft(c.theme(), c.description(), c.year(),
                c.startsOn(), c.endsOn(), c.targets(), c.groupIds()));
    }

    /** The topic groups of this year's and last year's topics, which may take part. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public List<GroupChoice> groupChoices() {
        return access.groupChoices(OpinionsClock.today().getYear() - 1);
    }

    /** A new campaign, as a draft; it may not start before today. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long create(CampaignDraft draft) {
        validate(draft, 0L, true);
        Campaign c = campaigns.saveAndFlush(new Campaign(draft, access.me().getUsername(), OpinionsClock.now()));
        audit(AuditEvent.Action.CREATE, c, "audit.campaign.created", null, describe(c));
        return c.getId();
    }

    /** Changes a draft or open campaign; a closed one is kept as it was closed. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long update(long id, long version, CampaignDraft draft) {
        Campaign c = find(id);
        c.checkVersion(version);
        if (c.status() == CampaignStatus.CLOSED) {
            throw new InvalidInputException(null, "campaign.error.closed");
        }
        validate(draft, id, draft != null && !Objects.equals(draft.startsOn(), c.startsOn()));
        String before = describe(c);
        c.apply(draft);
        campaigns.saveAndFlush(c);
        audit(AuditEvent.Action.UPDATE, c, "audit.campaign.updated", before, describe(c));
        return c.getVersion();
    }

    /** Opens a draft campaign: from now on opinions of its streets in its period are tagged as recorded. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long open(long id, long version) {
        Campaign c = find(id);
        c.checkVersion(version);
        if (c.status() != CampaignStatus.DRAFT) {
            throw new InvalidInputException(null, "campaign.error.not-draft");
        }
        if (c.endsOn().isBefore(OpinionsClock.today())) {
            throw new InvalidInputException("endsOn", "campaign.error.ended");
        }
        c.open(OpinionsClock.now());
        campaigns.saveAndFlush(c);
        audit(AuditEvent.Action.UPDATE, c, "audit.campaign.opened", "status=DRAFT", "status=OPEN");
        return c.getVersion();
    }

    /** Closes an open campaign with the office's summary. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long close(long id, long version, String summary) {
        Campaign c = find(id);
        c.checkVersion(version);
        if (c.status() != CampaignStatus.OPEN) {
            throw new InvalidInputException(null, "campaign.error.not-open");
        }
        InputRules.checker().multiline("summary", summary, true, SUMMARY_MAX).throwIfAny();
        c.close(summary.strip(), OpinionsClock.now(), access.me().getUsername());
        campaigns.saveAndFlush(c);
        audit(AuditEvent.Action.UPDATE, c, "audit.campaign.closed", "status=OPEN", "status=CLOSED");
        return c.getVersion();
    }

    /** The campaign's figures as the caller may see them (a street's staff: their street's row and the totals). */
    @PreAuthorize(Roles.ANY_ROLE)
    public CampaignProgress progress(long id) {
        Campaign c = readable(id);
        long cid = c.getId();
        List<CampaignProject> list = access.projectsOf(cid);
        Map<Long, Map<ItemKind, Long>> counts = access.countsByStreet(cid);
        Map<Long, StreetSummary> names = streets.byId();
        Long own = access.ownStreetOnly();
        List<StreetProgress> rows = new ArrayList<>();
        int met = 0;
        for (StreetTarget t : c.targets()) {
            Map<ItemKind, Long> n = counts.getOrDefault(t.streetId(), Map.of());
            long projectsOfStreet = list.stream().filter(p -> p.streetIds().contains(t.streetId())).count();
            StreetSummary s = names.get(t.streetId());
            StreetProgress row = new StreetProgress(t.streetId(), s == null ? "" : s.name(),
                    n.getOrDefault(ItemKind.MEETING, 0L), t.visitTarget(), n.getOrDefault(ItemKind.OPINION, 0L),
                    t.opinionTarget(), projectsOfStreet);
            met += row.targetsMet() ? 1 : 0;
            if (own == null || own == t.streetId()) {
                rows.add(row);
            }
        }
        Map<Long, Long> visits = access.groupVisits(cid);
        Map<Long, Long> opinions = access.groupOpinions(cid);
        Map<Long, Set<Long>> members = access.groupMembers(cid);
        List<GroupProgress> groups = new ArrayList<>();
        access.groupNames(cid).forEach((gid, name) -> {
            Set<Long> of = members.getOrDefault(gid, Set.of());
            groups.add(new GroupProgress(gid, name, visits.getOrDefault(gid, 0L), opinions.getOrDefault(gid, 0L),
                    list.stream().filter(p -> p.proposerDeputyId() != null && of.contains(p.proposerDeputyId())).count()));
        });
        List<CategoryCount> categories = access.categories(cid);
        return new CampaignProgress(rows, groups, access.countAll(cid, ItemKind.MEETING),
                access.countAll(cid, ItemKind.OPINION), list.size(), met, c.targets().size(),
                categories.subList(0, Math.min(TOP_CATEGORIES, categories.size())), list);
    }

    /** Opinions or meetings of the period not yet tagged, that the caller may tag (a street's staff: their street's). */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICE','STREET_STAFF')")
    public List<CampaignItemRow> untagged(long id, ItemKind kind, Pageable pageable) {
        Campaign c = taggable(id);
        Long street = access.ownStreetOnly();
        return kind == ItemKind.OPINION ? access.untaggedOpinions(c, street, pageable)
                : access.untaggedMeetings(c, street, pageable);
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICE','STREET_STAFF')")
    public long countUntagged(long id, ItemKind kind) {
        Campaign c = taggable(id);
        Long street = access.ownStreetOnly();
        return kind == ItemKind.OPINION ? access.countUntaggedOpinions(c, street) : access.countUntaggedMeetings(c, street);
    }

    /** The tagged opinions or meetings the caller may see (a street's staff: their street's). */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<CampaignItemRow> tagged(long id, ItemKind kind, Pageable pageable) {
        Campaign c = readable(id);
        Long street = access.ownStreetOnly();
        return kind == ItemKind.OPINION ? access.taggedOpinions(c.getId(), street, pageable)
                : access.taggedMeetings(c.getId(), street, pageable);
    }

    @PreAuthorize(Roles.ANY_ROLE)
    public long countTagged(long id, ItemKind kind) {
        Campaign c = readable(id);
        return access.countTagged(c.getId(), kind, access.ownStreetOnly());
    }

    /**
     * Tags an opinion or a meeting of the period to an open campaign. A meeting held at a station
     * counts for the station's street; another visit for {@code streetId} (a street's staff: always
     * their own); a group's meeting for its group.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICE','STREET_STAFF')")
    @Transactional
    public void tag(long id, ItemKind kind, long itemId, Long streetId) {
        Campaign c = taggable(id);
        SilianUser me = access.me();
        Long street;
        Long group = null;
        if (kind == ItemKind.OPINION) {
            CampaignAccess.OpinionFact o = access.opinion(itemId).orElseThrow(() -> new NotFoundException("Opinion", itemId));
            street = o.streetId();
            access.requireMayTag(c, street);
            if (!c.covers(street)) {
                throw new InvalidInputException("streetId", "campaign.error.street-not-taking-part");
            }
            if (!c.inPeriod(o.day())) {
                throw new InvalidInputException(null, "campaign.error.outside-period");
            }
        } else {
            CampaignAccess.MeetingFact m = access.meeting(itemId).orElseThrow(() -> new NotFoundException("Meeting", itemId));
            boolean groupMeeting = "GROUP".equals(m.kind()) && m.groupId() != null && c.groupIds().contains(m.groupId());
            if (!"VISIT".equals(m.kind()) && !groupMeeting) {
                throw new InvalidInputException(null, "campaign.error.meeting-kind");
            }
            if ("CANCELLED".equals(m.status()) || "DRAFT".equals(m.status())) {
                throw new InvalidInputException(null, "campaign.error.meeting-not-held");
            }
            if (!c.inPeriod(m.day())) {
                throw new InvalidInputException(null, "campaign.error.outside-period");
            }
            street = m.stationStreetId() != null ? m.stationStreetId() : me.is(Role.STREET_STAFF) ? me.streetId() : streetId;
            if (groupMeeting) {
                group = m.groupId();
                if (!me.isOfficeOrAdmin()) {
                    throw new AccessDeniedException("group meetings are tagged by the office");
                }
            } else {
                if (street == null) {
                    throw new InvalidInputException("streetId", "validation.required");
                }
                access.requireMayTag(c, street);
                if (me.is(Role.STREET_STAFF) && m.stationStreetId() == null && !access.meetingHasStreet(itemId, street)) {
                    throw new AccessDeniedException("visit to another street");
                }
            }
            if (street != null && !c.covers(street)) {
                throw new InvalidInputException("streetId", "campaign.error.street-not-taking-part");
            }
        }
        if (items.existsByCampaignIdAndKindAndItemId(c.getId(), kind, itemId)) {
            throw new InvalidInputException(null, "campaign.error.already-tagged");
        }
        items.saveAndFlush(new CampaignItem(c.getId(), kind, itemId, street, group, false, me.getUsername(),
                OpinionsClock.now()));
        audit(AuditEvent.Action.UPDATE, c, "audit.campaign.tagged", null, kind + "=" + itemId);
    }

    /** Removes a tag of an open campaign; a street's staff only their street's. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICE','STREET_STAFF')")
    @Transactional
    public void untag(long id, ItemKind kind, long itemId) {
        Campaign c = taggable(id);
        CampaignItem item = items.findByCampaignIdAndKindAndItemId(c.getId(), kind, itemId)
                .orElseThrow(() -> new NotFoundException("CampaignItem", itemId));
        access.requireMayTag(c, item.streetId());
        items.delete(item);
        items.flush();
        audit(AuditEvent.Action.UPDATE, c, "audit.campaign.untagged", kind + "=" + itemId, null);
    }

    private Campaign readable(long id) {
        Campaign c = find(id);
        access.requireMayRead(c);
        return c;
    }

    private Campaign taggable(long id) {
        Campaign c = readable(id);
        if (!access.mayTag(c)) {
            throw new AccessDeniedException("campaign of another street");
        }
        if (c.status() != CampaignStatus.OPEN) {
            throw new InvalidInputException(null, "campaign.error.not-open");
        }
        return c;
    }

    private Campaign find(long id) {
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    private void validate(CampaignDraft d, long except, boolean startMustBeFuture) {
        if (d == null) {
            throw new InvalidInputException("theme", "validation.required");
        }
        LocalDate today = OpinionsClock.today();
        Set<Long> seen = new HashSet<>();
        boolean badTarget = false;
        boolean badStreet = false;
        for (StreetTarget t : d.streets()) {
            badStreet |= !seen.add(t.streetId()) || !streets.exists(t.streetId());
            badTarget |= t.visitTarget() < 0 || t.visitTarget() > TARGET_MAX
                    || t.opinionTarget() != null && (t.opinionTarget() < 0 || t.opinionTarget() > TARGET_MAX);
        }
        InputRules.checker()
                .text("theme", d.theme(), true, THEME_MAX)
                .multiline("description", d.description(), false, DESCRIPTION_MAX)
                .check("year", d.year() == null ? "validation.required"
                        : d.year() < FIRST_YEAR || d.year() > LAST_YEAR ? "campaign.error.year" : null,
                        String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR))
                .check("startsOn", d.startsOn() == null ? "validation.required"
                        : startMustBeFuture && d.startsOn().isBefore(today) ? "campaign.error.start-past" : null)
                .check("endsOn", d.endsOn() == null ? "validation.required"
                        : d.startsOn() != null && d.endsOn().isBefore(d.startsOn()) ? "campaign.error.end-before-start" : null)
                .check("streets", d.streets().isEmpty() ? "campaign.error.no-streets"
                        : badStreet ? "campaign.error.street" : badTarget ? "campaign.error.target" : null,
                        TARGET_MAX)
                .check("groups", access.groupsExist(d.groupIds()) ? null : "campaign.error.group")
                .throwIfAny();
        List<Campaign> overlapping = campaigns.overlapping(d.year(), d.startsOn(), d.endsOn(), except);
        if (!overlapping.isEmpty()) {
            throw new InvalidInputException("startsOn", "campaign.error.overlap", overlapping.getFirst().theme(),
                    String.valueOf(d.year()));
        }
    }

    private Specification<Campaign> spec(CampaignFilter filter) {
        CampaignFilter f = filter == null ? CampaignFilter.none() : filter;
        Specification<Campaign> spec = visible();
        if (f.year() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("year"), f.year()));
        }
        if (f.status() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), f.status()));
        }
        return spec;
    }

    /** The campaigns the caller may see, as {@link CampaignAccess#mayRead} decides, in the database. */
    private Specification<Campaign> visible() {
        SilianUser me = access.me();
        if (me.isOfficeOrAdmin()) {
            return (root, q, cb) -> cb.conjunction();
        }
        if (me.is(Role.STREET_STAFF) && me.streetId() != null) {
            long street = me.streetId();
            return (root, q, cb) -> {
                var sub = q.subquery(Long.class);
                var c = sub.from(Campaign.class);
                var s = c.join("streets", JoinType.INNER);
                sub.select(c.get("id")).where(cb.equal(c.get("id"), root.get("id")), cb.equal(s.get("streetId"), street));
                return cb.and(cb.notEqual(root.get("status"), CampaignStatus.DRAFT), cb.exists(sub));
            };
        }
        if (me.is(Role.DEPUTY)) {
            return (root, q, cb) -> cb.notEqual(root.get("status"), CampaignStatus.DRAFT);
        }
        return (root, q, cb) -> cb.disjunction();
    }

    static CampaignSummary summaryOf(Campaign c) {
        return new CampaignSummary(c.getId(), c.theme(), c.year(), c.startsOn(), c.endsOn(), c.status(),
                c.targets().stream().map(StreetTarget::streetId).toList(), c.groupIds().stream().sorted().toList());
    }

    private static String describe(Campaign c) {
        return "theme=" + c.theme() + " year=" + c.year() + " period=" + c.startsOn() + ".." + c.endsOn()
                + " streets=" + c.targets().size() + " groups=" + c.groupIds().size();
    }

    private void audit(AuditEvent.Action action, Campaign c, String key, String before, String after) {
        events.publishEvent(new AuditEvent(access.me().getUsername(), action, TYPE, String.valueOf(c.getId()),
                Message.of(key, c.theme()), before, after));
    }
}
