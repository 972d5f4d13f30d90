package cn.silian.stations;

import cn.silian.security.AccountService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.Formats;
import cn.silian.shared.InputRules;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.PersonName;
import cn.silian.shared.PersonalData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.Map;

/** The reception log: what the public said at a station, recorded by its staff or its deputies. */
@Service
@Transactional(readOnly = true)
public class ReceptionService {

    static final String TYPE = "Reception";
    static final int TEXT_MAX = 2000;

    private final ReceptionRepository receptions;
    private final DutyShiftRepository shifts;
    private final StationService stations;
    private final RosterService roster;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ReceptionService(ReceptionRepository receptions, StationService stations, RosterService roster,
                     AccountService accounts, CurrentUser currentUser, ApplicationEventPublisher events,
                     DutyShiftRepository shifts) {
        this.shifts = shifts;
        this.receptions = receptions;
        this.stations = stations;
        this.roster = roster;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Staff of the station's street, the office, or a deputy on the station's roster may log a visit. */
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN','STREET_STAFF','DEPUTY')")
    @Transactional
    public long log(long stationId, Long shiftId, ReceptionDraft draft) {
        SilianUser me = currentUser.require();
        Station station = stations.find(stationId);
        boolean allowed = me.is(Role.DEPUTY) ? roster.isMember(stationId, me.deputyId())
                : StationScope.mayManage(me, station.streetId());
        if (!allowed) {
            throw new AccessDeniedException("not this station's");
        }
        InputRules.checker()
                .check("receivedAt", draft.receivedAt() == null ? "validation.required"
                        : draft.receivedAt().isAfter(LocalDateTime.now(Formats.ZONE).plusHours(1)) ? "reception.future" : null)
                .check("category", draft.category() == null ? "validation.required" : null)
                .text("concern", draft.concern(), true, TEXT_MAX)
                .text("outcome", draft.outcome(), false, TEXT_MAX)
                .text("visitorName", draft.visitorName(), false, 50)
                .check("visitorPhone", InputRules.phone(draft.visitorPhone()))
                .throwIfAny();
        DutyShift shift = shiftId == null ? null : shifts.findById(shiftId)
                .filter(s -> s.stationId().equals(stationId)).orElseThrow(() -> new InvalidInputException("shift", "reception.shift-elsewhere"));
        // A visit logged on a shift confirms it served and credits its holder: a deputy may vouch
        // only for his own shift, or one deputy could earn duty points for another.
        if (shift != null && me.is(Role.DEPUTY) && !java.util.Objects.equals(shift.deputyId(), me.deputyId())) {
            throw new InvalidInputException("shift", "reception.shift-not-yours");
        }
        Reception reception = receptions.saveAndFlush(new Reception(stationId, shiftId, draft, me.getUsername()));
        Long credited = shift != null && shift.deputyId() != null ? shift.deputyId() : me.deputyId();
        events.publishEvent(ShiftActivity.reception(reception, credited, station.name()));
        if (shift != null && shift.deputyId() != null && shift.servedAt() == null
                && !shift.startsAt().isAfter(LocalDateTime.now(Formats.ZONE))) {
            // A visit logged on the shift is proof enough that someone was there.
            shift.served(java.time.Instant.now(), me.getUsername());
            shifts.saveAndFlush(shift);
            events.publishEvent(ShiftActivity.shift(shift, station.name()));
        }
        events.publishEvent(new AuditEvent(me.getUsername(), AuditEvent.Action.CREATE, TYPE,
                String.valueOf(reception.getId()),
                Message.of("audit.reception.logged", station.name(), Message.of(draft.category().messageKey())), null,
                "concern=" + reception.concern()));
        return reception.getId();
    }

    /**
     * One logged visit, for a public opinion made of it: those who may log at the station (its
     * street's staff, the office, its rostered deputies). For anyone else it does not exist.
     */
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN','STREET_STAFF','DEPUTY')")
    public ReceptionSource source(long receptionId) {
        SilianUser me = currentUser.require();
        Reception r = receptions.findById(receptionId).orElseThrow(() -> new NotFoundException(TYPE, receptionId));
        Station station = stations.find(r.stationId());
        boolean allowed = me.is(Role.DEPUTY) ? roster.isMember(station.getId(), me.deputyId())
                : StationScope.mayManage(me, station.streetId());
        if (!allowed) {
            throw new NotFoundException(TYPE, receptionId);
        }
        return new ReceptionSource(r.getId(), station.getId(), station.name(), station.streetId(), r.receivedAt(),
                r.category(), r.concern(), r.visitorName(), r.visitorPhone());
    }

    @PreAuthorize("hasAnyRole('OFFICE','ADMIN','STREET_STAFF')")
    public Slice<ReceptionRecord> page(long stationId, Pageable pageable) {
        Station station = stations.find(stationId);
        StationScope.requireManage(currentUser.require(), station.streetId());
        Slice<Reception> page = receptions.findByStationIdOrderByReceivedAtDescIdDesc(stationId, pageable);
        Map<String, PersonName> names = accounts.names(page.map(Reception::recordedBy).toSet());
        return page.map(r -> new ReceptionRecord(
                r.getId(), r.stationId(), r.receivedAt(), r.visitorName(), PersonalData.maskPhone(r.visitorPhone()), r.category(), r.concern(),
                r.outcome(), names.get(r.recordedBy())));
    }

    @PreAuthorize("hasAnyRole('OFFICE','ADMIN','STREET_STAFF')")
    public long count(long stationId) {
        Station station = stations.find(stationId);
        StationScope.requireManage(currentUser.require(), station.streetId());
        return receptions.countByStationId(stationId);
    }

}
