package cn.silian.demo;

import cn.silian.people.DeputyDraft;
import cn.silian.streets.StreetSummary;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Home coordinates for demo people, on the same grid as the demo stations: each street is a
 * cell of 0.02° around the district centre, each of its four communities a quarter of it.
 */
final class DemoHomes {

    static final double LATITUDE = 30.25;
    static final double LONGITUDE = 120.10;
    static final double STREET = 0.02;
    private static final double COMMUNITY = STREET / 2;
    /** One person in this many has no coordinates, as with addresses that were never geocoded. */
    private static final int UNKNOWN_ONE_IN = 8;

    private final List<StreetSummary> streets;
    private final Map<Long, String[]> communities;
    private final Random random;

    DemoHomes(List<StreetSummary> streets, Map<Long, String[]> communities, Random random) {
        this.streets = streets;
        this.communities = communities;
        this.random = random;
    }

    boolean unknown() {
        return random.nextInt(UNKNOWN_ONE_IN) == 0;
    }

    void locate(DeputyDraft d) {
        int street = streets.indexOf(streets.stream().filter(s -> s.id().equals(d.getStreetId())).findFirst().orElseThrow());
        int community = Math.max(0, Arrays.asList(communities.get(d.getStreetId())).indexOf(d.getCommunity()));
        d.setLatitude(round(LATITUDE + (street / 4) * STREET + (community / 2) * COMMUNITY + random.nextDouble() * COMMUNITY));
        d.setLongitude(round(LONGITUDE + (street % 4) * STREET + (community % 2) * COMMUNITY + random.nextDouble() * COMMUNITY));
    }

    /** Six decimals, about ten centimetres: what a geocoder gives. */
    private static double round(double degrees) {
        return Math.round(degrees * 1_000_000) / 1_000_000.0;
    }
}
