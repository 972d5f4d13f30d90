package cn.silian.stations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Proposes a home station for people who have none, following 就近就地: a deputy is best
 * placed where he lives, so that constituents who know him can find him. Only a proposal —
 * the office confirms or overrides it.
 */
public final class PlacementAssistant {

    static final double EARTH_RADIUS_KM = 6371.0;

    private PlacementAssistant() {
    }

    public record Person(Long id, Long streetId, String community, Double latitude, Double longitude) {
    }

    /** {@code members} is the current roster size, so that new people go where there is room. */
    public record Station(Long id, Long streetId, String community, Double latitude, Double longitude,
                          int members) {
    }

    /** Why a station was proposed, from the strongest tie to where the person lives to the weakest. */
    public enum Reason { SAME_COMMUNITY, NEAREST_IN_STREET, LEAST_FULL_IN_STREET, NEAREST_ELSEWHERE, NONE }

    /** {@code stationId} is {@code null} with {@link Reason#NONE}; {@code distanceKm} is {@code null} when unknown. */
    public record Proposal(Long personId, Long stationId, Reason reason, Double distanceKm) {
    }

    /**
     * One proposal per person, in the order given. For each person, the first rule that finds
     * a station wins:
     * <ol>
     * <li>a station of his street in his own community (the least full of several);</li>
     * <li>the nearest station of his street, when both he and some of its stations have coordinates;</li>
     * <li>the least full station of his street;</li>
     * <li>the nearest station anywhere, when he has coordinates;</li>
     * <li>none.</li>
     * </ol>
     * Every proposal counts as a member of its station for the people after him, so that a
     * batch of newcomers is spread rather than piled onto the station that was emptiest at the
     * start. Remaining ties go to the lower station id, so the same input always gives the
     * same proposals.
     *
     * @throws IllegalArgumentException when a station has no id or two stations share one
     */
    public static List<Proposal> propose(List<Person> people, List<Station> stations) {
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(stations, "stations");
        Map<Long, Integer> members = new HashMap<>();
        for (Station station : stations) {
            Objects.requireNonNull(station, "station");
            if (station.id() == null) {
                throw new IllegalArgumentException("A station without id cannot be proposed");
            }
            if (members.put(station.id(), station.members()) != null) {
                throw new IllegalArgumentException("Two stations share the id " + station.id());
            }
        }
        Comparator<Station> leastFull = Comparator.<Station>comparingInt(s -> members.get(s.id()))
                .thenComparing(Station::id);

        List<Proposal> proposals = new ArrayList<>(people.size());
        for (Person person : people) {
            Objects.requireNonNull(person, "person");
            Proposal proposal = proposal(person, stations, leastFull);
            if (proposal.stationId() != null) {
                members.merge(proposal.stationId(), 1, Integer::sum);
            }
            proposals.add(proposal);
        }
        return List.copyOf(proposals);
    }

    /** Great-circle distance by the haversine formula, in kilometres, unrounded. */
    public static double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2) {
        double dLat = Math.toRadians(latitude2 - latitude1);
        double dLon = Math.toRadians(longitude2 - longitude1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude1)) * Math.cos(Math.toRadians(latitude2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1.0, a)));
    }

    private static Proposal proposal(Person person, List<Station> stations, Comparator<Station> leastFull) {
        boolean located = hasCoordinates(person.latitude(), person.longitude());
        Comparator<Station> nearest = Comparator.<Station>comparingDouble(s -> distance(person, s))
                .thenComparing(leastFull);

        if (person.streetId() != null) {
            List<Station> street = matching(stations, s -> person.streetId().equals(s.streetId()));
            String community = normalized(person.community());
            if (community != null) {
                Station same = best(matching(street, s -> community.equals(normalized(s.community()))), leastFull);
                if (same != null) {
                    return proposed(person, same, Reason.SAME_COMMUNITY);
                }
            }
            if (located) {
                Station near = best(matching(street, PlacementAssistant::hasCoordinates), nearest);
                if (near != null) {
                    return proposed(person, near, Reason.NEAREST_IN_STREET);
                }
            }
            Station roomiest = best(street, leastFull);
            if (roomiest != null) {
                return proposed(person, roomiest, Reason.LEAST_FULL_IN_STREET);
            }
        }
        if (located) {
            Station near = best(matching(stations, PlacementAssistant::hasCoordinates), nearest);
            if (near != null) {
                return proposed(person, near, Reason.NEAREST_ELSEWHERE);
            }
        }
        return new Proposal(person.id(), null, Reason.NONE, null);
    }

    private static Proposal proposed(Person person, Station station, Reason reason) {
        Double km = hasCoordinates(person.latitude(), person.longitude()) && hasCoordinates(station)
                ? Math.round(distance(person, station) * 100) / 100.0
                : null;
        return new Proposal(person.id(), station.id(), reason, km);
    }

    private static double distance(Person person, Station station) {
        return distanceKm(person.latitude(), person.longitude(), station.latitude(), station.longitude());
    }

    private static List<Station> matching(List<Station> stations, Predicate<Station> test) {
        return stations.stream().filter(test).toList();
    }

    private static Station best(List<Station> candidates, Comparator<Station> order) {
        return candidates.stream().min(order).orElse(null);
    }

    private static boolean hasCoordinates(Station station) {
        return hasCoordinates(station.latitude(), station.longitude());
    }

    /** Imported addresses sometimes carry garbage coordinates; those count as unknown rather than as far away. */
    private static boolean hasCoordinates(Double latitude, Double longitude) {
        return latitude != null && longitude != null
                && latitude >= -90 && latitude <= 90
                && longitude >= -180 && longitude <= 180;
    }

    private static String normalized(String community) {
        if (community == null || community.isBlank()) {
            return null;
        }
        return community.strip();
    }
}
