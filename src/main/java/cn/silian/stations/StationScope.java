package cn.silian.stations;

import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import org.springframework.security.access.AccessDeniedException;

import java.util.Objects;

/** Street scope: the office sees all streets; a street's staff only their own. */
final class StationScope {

    private StationScope() {
    }

    static boolean mayManage(SilianUser me, Long streetId) {
        return me.isOfficeOrAdmin() || me.is(Role.STREET_STAFF) && Objects.equals(me.streetId(), streetId);
    }

    static void requireManage(SilianUser me, Long streetId) {
        if (!mayManage(me, streetId)) {
            throw new AccessDeniedException("station of another street");
        }
    }

    /**
     * Whether the caller may put a person living in that street on a roster: street staff place
     * only their own street's residents, since a move takes the person away from another street's
     * station without that street being asked; the office places anybody.
     */
    static boolean mayPlace(SilianUser me, Long personStreetId) {
        return me.isOfficeOrAdmin() || me.is(Role.STREET_STAFF) && Objects.equals(me.streetId(), personStreetId);
    }

    /** The street a list is limited to: the staff member's own, or the filter's for the office. */
    static Long listStreet(SilianUser me, Long requested) {
        if (me.is(Role.STREET_STAFF)) {
            return me.streetId();
        }
        return requested;
    }
}
