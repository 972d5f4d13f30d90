package cn.silian.campaigns;

import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what with a campaign, and the facts of opinions, meetings and groups it counts,
 * read with read-only native queries on those modules' tables (as {@code cn.silian.voters.VotersAccess}
 * does), so that the figures are counted in the database and no module gains a method for one reader.
 */
@Component
class CampaignAccess {

    private final CurrentUser currentUser;
    private final EntityManager em;
    private final ObjectProvider<CampaignProjects> projects;

    CampaignAccess(CurrentUser currentUser, EntityManager em, ObjectProvider<CampaignProjects> projects) {
        this.currentUser = currentUser;
        this.em = em;
        this.projects = projects;
    }

    /** The candidate projects of a campaign, from the projects module if it is there; the caller's right is checked. */
    List<CampaignProject> projectsOf(long campaignId) {
        List<CampaignProject> all = new ArrayList<>();
        projects.orderedStream().forEach(p -> all.addAll(p.projectsOf(campaignId)));
        return all;
    }

    SilianUser me() {
        return currentUser.require();
    }

    /** The office every campaign; a street's staff the opened ones their street takes part in; a deputy the opened ones. */
    boolean mayRead(Campaign c) {
        SilianUser me = me();
        if (me.isOfficeOrAdmin()) {
            return true;
        }
        if (c.status() == CampaignStatus.DRAFT) {
            return false;
        }
        if (me.is(Role.STREET_STAFF)) {
            return me.streetId() != null && c.covers(me.streetId());
        }
        return me.is(Role.DEPUTY);
    }

    void requireMayRead(Campaign c) {
        if (!mayRead(c)) {
            throw new AccessDeniedException("campaign not visible to the caller");
        }
    }

    /** The office tags for every street taking part, a street's staff for their own. */
    boolean mayTag(Campaign c) {
        SilianUser me = me();
        return me.isOfficeOrAdmin()
                || me.is(Role.STREET_STAFF) && me.streetId() != null && c.covers(me.streetId());
    }

    void requireMayTag(Campaign c, Long streetId) {
        SilianUser me = me();
        if (me.isOfficeOrAdmin()) {
            return;
        }
        if (!mayTag(c) || streetId == null || !streetId.equals(me.streetId())) {
            throw new AccessDeniedException("tagging for another street");
        }
    }

    /** A street's staff see their own street's row; everyone else who may read, every street's. */
    Long ownStreetOnly() {
        SilianUser me = me();
        return me.is(Role.STREET_STAFF) ? me.streetId() : null;
    }

    // Facts of tagged items

    record OpinionFact(long id, long streetId, LocalDate day, String state) {
    }

    record MeetingFact(long id, String kind, String status, LocalDate day, Long groupId, Long stationStreetId) {
    }

    Optional<OpinionFact> opinion(long id) {
        List<?> rows = em.createNativeQuery("SELECT id, street_id, created_at, state FROM opinion WHERE id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> (Object[]) r).findFirst().map(r -> new OpinionFact(num(r[0]), num(r[1]),
                utcDay(r[2]), (String) r[3]));
    }

    Optional<MeetingFact> meeting(long id) {
        List<?> rows = em.createNativeQuery("""
                        SELECT m.id, m.kind, m.status, m.starts_at, m.group_id, s.street_id
                        FROM meeting m LEFT JOIN station s ON s.id = m.station_id WHERE m.id = ?1""")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> (Object[]) r).findFirst().map(r -> new MeetingFact(num(r[0]), (String) r[1],
                (String) r[2], dateTime(r[3]).toLocalDate(), numOrNull(r[4]), numOrNull(r[5])));
    }

    /** Whether a deputy of the street was invited to the meeting: a visit to the street. */
    boolean meetingHasStreet(long meetingId, long streetId) {
        Number n = (Number) em.createNativeQuery("SELECT COUNT(*) FROM invitation WHERE meeting_id = ?1 AND street_id = ?2")
                .setParameter(1, meetingId).setParameter(2, streetId).getSingleResult();
        return n.longValue() > 0;
    }

    // Lists of items

    private static final String OPINION_COLUMNS = """
            SELECT o.id, o.created_at, o.content, o.category, o.street_id, st.name, %s
            FROM opinion o JOIN street st ON st.id = o.street_id""";
    private static final String MEETING_COLUMNS = """
            SELECT m.id, m.starts_at, m.title, m.kind, COALESCE(%s, s.street_id), st.name, %s
            FROM meeting m LEFT JOIN station s ON s.id = m.station_id""";

    /** Opinions of the campaign's streets recorded in its period and not yet tagged, newest first. */
    List<CampaignItemRow> untaggedOpinions(Campaign c, Long street, Pageable pageable) {
        Query q = em.createNativeQuery(OPINION_COLUMNS.formatted("FALSE") + """
                 WHERE o.created_at >= ?1 AND o.created_at < ?2 AND o.state <> 'MERGED'
                  AND o.street_id IN (SELECT cs.street_id FROM campaign_street cs WHERE cs.campaign_id = ?3)
                  AND (?4 = 0 OR o.street_id = ?4)
                  AND NOT EXISTS (SELECT 1 FROM campaign_item ci WHERE ci.campaign_id = ?3 AND ci.kind = 'OPINION' AND ci.item_id = o.id)
                ORDER BY o.created_at DESC, o.id DESC""");
        bindPeriod(q, c).setParameter(3, c.getId()).setParameter(4, orAll(street));
        return opinionRows(page(q, pageable));
    }

    long countUntaggedOpinions(Campaign c, Long street) {
        Query q = em.createNativeQuery("""
                SELECT COUNT(*) FROM opinion o WHERE o.created_at >= ?1 AND o.created_at < ?2 AND o.state <> 'MERGED'
                  AND o.street_id IN (SELECT cs.street_id FROM campaign_street cs WHERE cs.campaign_id = ?3)
                  AND (?4 = 0 OR o.street_id = ?4)
                  AND NOT EXISTS (SELECT 1 FROM campaign_item ci WHERE ci.campaign_id = ?3 AND ci.kind = 'OPINION' AND ci.item_id = o.id)""");
        bindPeriod(q, c).setParameter(3, c.getId()).setParameter(4, orAll(street));
        return num(q.getSingleResult());
    }

    // The leading space survives the text block's stripping of its common indentation.
    private static final String UNTAGGED_MEETINGS = " " + """
             WHERE m.starts_at >= ?1 AND m.starts_at < ?2 AND m.status NOT IN ('DRAFT', 'CANCELLED')
              AND (m.kind = 'VISIT' OR (m.kind = 'GROUP' AND ?4 = 0
                   AND m.group_id IN (SELECT cg.group_id FROM campaign_group cg WHERE cg.campaign_id = ?3)))
              AND (?4 = 0 OR s.street_id = ?4
                   OR EXISTS (SELECT 1 FROM invitation i WHERE i.meeting_id = m.id AND i.street_id = ?4))
              AND NOT EXISTS (SELECT 1 FROM campaign_item ci WHERE ci.campaign_id = ?3 AND ci.kind = 'MEETING' AND ci.item_id = m.id)""";

    /**
     * Research visits of the period, and meetings of the groups taking part, not yet tagged; for a
     * street's staff only the visits to their street (at its station, or with its deputies invited).
     */
    List<CampaignItemRow> untaggedMeetings(Campaign c, Long street, Pageable pageable) {
        Query q = em.createNativeQuery(MEETING_COLUMNS.formatted("NULL", "FALSE")
                + " LEFT JOIN street st ON st.id = s.street_id" + UNTAGGED_MEETINGS + " ORDER BY m.starts_at DESC, m.id DESC");
        bindMeetingPeriod(q, c).setParameter(3, c.getId()).setParameter(4, orAll(street));
        return meetingRows(page(q, pageable));
    }

    long countUntaggedMeetings(Campaign c, Long street) {
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM meeting m LEFT JOIN station s ON s.id = m.station_id"
                + UNTAGGED_MEETINGS);
        bindMeetingPeriod(q, c).setParameter(3, c.getId()).setParameter(4, orAll(street));
        return num(q.getSingleResult());
    }

    /** The campaign's tagged opinions, a street's only if given, oldest first. */
    List<CampaignItemRow> taggedOpinions(long campaignId, Long street, Pageable pageable) {
        Query q = em.createNativeQuery(OPINION_COLUMNS.formatted("ci.automatic") + """
                 JOIN campaign_item ci ON ci.item_id = o.id AND ci.kind = 'OPINION'
                WHERE ci.campaign_id = ?1 AND (?2 = 0 OR ci.street_id = ?2) ORDER BY o.created_at, o.id""")
                .setParameter(1, campaignId).setParameter(2, orAll(street));
        return opinionRows(page(q, pageable));
    }

    List<CampaignItemRow> taggedMeetings(long campaignId, Long street, Pageable pageable) {
        Query q = em.createNativeQuery(MEETING_COLUMNS.formatted("ci.street_id", "ci.automatic") + """
                 JOIN campaign_item ci ON ci.item_id = m.id AND ci.kind = 'MEETING'
                 LEFT JOIN street st ON st.id = COALESCE(ci.street_id, s.street_id)
                WHERE ci.campaign_id = ?1 AND (?2 = 0 OR ci.street_id = ?2) ORDER BY m.starts_at, m.id""")
                .setParameter(1, campaignId).setParameter(2, orAll(street));
        return meetingRows(page(q, pageable));
    }

    long countTagged(long campaignId, ItemKind kind, Long street) {
        return num(em.createNativeQuery("""
                        SELECT COUNT(*) FROM campaign_item WHERE campaign_id = ?1 AND kind = ?2 AND (?3 = 0 OR street_id = ?3)""")
                .setParameter(1, campaignId).setParameter(2, kind.name()).setParameter(3, orAll(street)).getSingleResult());
    }

    // Figures

    /** Tagged items per street and kind: street id → kind → count. */
    Map<Long, Map<ItemKind, Long>> countsByStreet(long campaignId) {
        Map<Long, Map<ItemKind, Long>> result = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                        SELECT street_id, kind, COUNT(*) FROM campaign_item WHERE campaign_id = ?1 AND street_id IS NOT NULL
                        GROUP BY street_id, kind""").setParameter(1, campaignId).getResultList()) {
            Object[] r = (Object[]) row;
            result.computeIfAbsent(num(r[0]), k -> new HashMap<>()).put(ItemKind.valueOf((String) r[1]), num(r[2]));
        }
        return result;
    }

    long countAll(long campaignId, ItemKind kind) {
        return countTagged(campaignId, kind, null);
    }

    /** The groups taking part, in the order of their names. */
    Map<Long, String> groupNames(long campaignId) {
        Map<Long, String> result = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("""
                        SELECT g.id, g.name FROM topic_group g JOIN campaign_group cg ON cg.group_id = g.id
                        WHERE cg.campaign_id = ?1 ORDER BY g.name, g.id""").setParameter(1, campaignId).getResultList()) {
            Object[] r = (Object[]) row;
            result.put(num(r[0]), (String) r[1]);
        }
        return result;
    }

    /** Tagged meetings per group: the group's own meetings and the visits a current member was invited to. */
    Map<Long, Long> groupVisits(long campaignId) {
        return pairs(em.createNativeQuery("""
                SELECT cg.group_id, COUNT(DISTINCT ci.item_id) FROM campaign_group cg
                JOIN campaign_item ci ON ci.campaign_id = cg.campaign_id AND ci.kind = 'MEETING'
                JOIN meeting m ON m.id = ci.item_id
                WHERE cg.campaign_id = ?1 AND (m.group_id = cg.group_id OR EXISTS (
                    SELECT 1 FROM invitation i JOIN group_member gm ON gm.deputy_id = i.deputy_id
                    WHERE i.meeting_id = m.id AND gm.group_id = cg.group_id AND gm.left_on IS NULL))
                GROUP BY cg.group_id""").setParameter(1, campaignId).getResultList());
    }

    /** Tagged opinions per group that a current member heard. */
    Map<Long, Long> groupOpinions(long campaignId) {
        return pairs(em.createNativeQuery("""
                SELECT cg.group_id, COUNT(DISTINCT ci.item_id) FROM campaign_group cg
                JOIN campaign_item ci ON ci.campaign_id = cg.campaign_id AND ci.kind = 'OPINION'
                JOIN opinion o ON o.id = ci.item_id
                JOIN group_member gm ON gm.group_id = cg.group_id AND gm.deputy_id = o.heard_by AND gm.left_on IS NULL
                WHERE cg.campaign_id = ?1 GROUP BY cg.group_id""").setParameter(1, campaignId).getResultList());
    }

    /** The current members of the groups taking part: group id → deputy ids. */
    Map<Long, Set<Long>> groupMembers(long campaignId) {
        Map<Long, Set<Long>> result = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                        SELECT gm.group_id, gm.deputy_id FROM group_member gm JOIN campaign_group cg ON cg.group_id = gm.group_id
                        WHERE cg.campaign_id = ?1 AND gm.left_on IS NULL""").setParameter(1, campaignId).getResultList()) {
            Object[] r = (Object[]) row;
            result.computeIfAbsent(num(r[0]), k -> new HashSet<>()).add(num(r[1]));
        }
        return result;
    }

    /** The categories of the tagged opinions, most frequent first. */
    List<CategoryCount> categories(long campaignId) {
        List<CategoryCount> result = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        SELECT o.category, COUNT(*) FROM campaign_item ci JOIN opinion o ON o.id = ci.item_id
                        WHERE ci.campaign_id = ?1 AND ci.kind = 'OPINION' GROUP BY o.category
                        ORDER BY COUNT(*) DESC, o.category""").setParameter(1, campaignId).getResultList()) {
            Object[] r = (Object[]) row;
            result.add(new CategoryCount("reception.category." + r[0], num(r[1])));
        }
        return result;
    }

    /** Every tagged opinion for the export, with its state, oldest first. */
    List<Object[]> exportOpinions(long campaignId) {
        List<Object[]> result = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        SELECT o.id, o.created_at, st.name, o.category, o.content, o.state
                        FROM campaign_item ci JOIN opinion o ON o.id = ci.item_id JOIN street st ON st.id = o.street_id
                        WHERE ci.campaign_id = ?1 AND ci.kind = 'OPINION' ORDER BY o.created_at, o.id""")
                .setParameter(1, campaignId).getResultList()) {
            Object[] r = (Object[]) row;
            result.add(new Object[]{num(r[0]), utcDay(r[1]), r[2], "reception.category." + r[3], r[4], "opinion.state." + r[5]});
        }
        return result;
    }

    /** Groups of topics of the given year and later, for the form's choice. */
    List<GroupChoice> groupChoices(int fromYear) {
        List<GroupChoice> result = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        SELECT g.id, g.name, t.title, t.topic_year FROM topic_group g JOIN topic t ON t.id = g.topic_id
                        WHERE t.topic_year >= ?1 ORDER BY t.topic_year DESC, g.name, g.id""")
                .setParameter(1, fromYear).getResultList()) {
            Object[] r = (Object[]) row;
            result.add(new GroupChoice(num(r[0]), (String) r[1], (String) r[2], ((Number) r[3]).intValue()));
        }
        return result;
    }

    boolean groupsExist(Set<Long> ids) {
        if (ids.isEmpty()) {
            return true;
        }
        Number n = (Number) em.createNativeQuery("SELECT COUNT(*) FROM topic_group WHERE id IN (?1)")
                .setParameter(1, ids).getSingleResult();
        return n.intValue() == ids.size();
    }

    // Helpers

    private static Query bindPeriod(Query q, Campaign c) {
        return q.setParameter(1, c.startsOn().atStartOfDay(Formats.ZONE).toInstant())
                .setParameter(2, c.endsOn().plusDays(1).atStartOfDay(Formats.ZONE).toInstant());
    }

    private static Query bindMeetingPeriod(Query q, Campaign c) {
        return q.setParameter(1, c.startsOn().atStartOfDay()).setParameter(2, c.endsOn().plusDays(1).atStartOfDay());
    }

    private static List<?> page(Query q, Pageable pageable) {
        if (pageable.isPaged()) {
            q.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize());
        }
        return q.getResultList();
    }

    private static List<CampaignItemRow> opinionRows(List<?> rows) {
        List<CampaignItemRow> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.add(new CampaignItemRow(ItemKind.OPINION, num(r[0]), utcDay(r[1]), (String) r[2],
                    "reception.category." + r[3], numOrNull(r[4]), (String) r[5], bool(r[6])));
        }
        return result;
    }

    private static List<CampaignItemRow> meetingRows(List<?> rows) {
        List<CampaignItemRow> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.add(new CampaignItemRow(ItemKind.MEETING, num(r[0]), dateTime(r[1]).toLocalDate(), (String) r[2],
                    "meeting.kind." + r[3], numOrNull(r[4]), (String) r[5], bool(r[6])));
        }
        return result;
    }

    private static Map<Long, Long> pairs(List<?> rows) {
        Map<Long, Long> result = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.put(num(r[0]), num(r[1]));
        }
        return result;
    }

    /** 0 stands for "every street": no id is 0, and a typed parameter suits every database. */
    private static long orAll(Long street) {
        return street == null ? 0L : street;
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static Long numOrNull(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }

    private static LocalDateTime dateTime(Object o) {
        return switch (o) {
            case LocalDateTime t -> t;
            case java.sql.Timestamp t -> t.toLocalDateTime();
            case Instant i -> LocalDateTime.ofInstant(i, ZoneOffset.UTC);
            default -> LocalDateTime.parse(o.toString().replace(' ', 'T'));
        };
    }

    /** An instant column holds UTC wall-clock time (hibernate.jdbc.time_zone): its day in the district. */
    private static LocalDate utcDay(Object o) {
        if (o instanceof Instant i) {
            return i.atZone(Formats.ZONE).toLocalDate();
        }
        return dateTime(o).atZone(ZoneOffset.UTC).withZoneSameInstant(Formats.ZONE).toLocalDate();
    }
}
