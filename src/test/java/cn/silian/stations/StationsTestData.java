package cn.silian.stations;

import cn.silian.people.DeputyDraft;
import cn.silian.people.DeputyService;
import cn.silian.people.Gender;
import cn.silian.people.Level;
import cn.silian.people.SeatInfo;

import java.util.List;

/** Small builders for the stations tests; callers are signed in as someone who may create. */
final class StationsTestData {

    private StationsTestData() {
    }

    static long person(DeputyService deputies, String name, long streetId, String community) {
        return person(deputies, name, streetId, community, null, null);
    }

    static long person(DeputyService deputies, String name, long streetId, String community,
                       Double latitude, Double longitude) {
        DeputyDraft d = new DeputyDraft();
        d.setLatitude(latitude);
        d.setLongitude(longitude);
        d.setName(name);
        d.setGender(Gender.FEMALE);
        d.setStreetId(streetId);
        d.setCommunity(community);
        d.setPhone("13700000000".substring(0, 11 - String.valueOf(Math.abs(name.hashCode() % 10000)).length())
                + Math.abs(name.hashCode() % 10000));
        d.setSeats(List.of(new SeatInfo(Level.DISTRICT, 18, "第5选区")));
        return deputies.create(d);
    }

    static long station(StationService stations, String code, long streetId, cn.silian.people.Expertise field) {
        return station(stations, code, streetId, field, null, null);
    }

    static long station(StationService stations, String code, long streetId, cn.silian.people.Expertise field,
                        Double latitude, Double longitude) {
        StationDraft d = new StationDraft();
        d.setLatitude(latitude);
        d.setLongitude(longitude);
        d.setCode(code);
        d.setKind(StationKind.STATION);
        d.setName("测试站" + code);
        d.setField(field);
        d.setStreetId(streetId);
        d.setAddress("测试路1号");
        d.setCommunity("测试社区");
        return stations.create(d);
    }
}
