package cn.silian.stations;

import cn.silian.stations.RosterSheet.Problem;
import cn.silian.stations.RosterSheet.Problem.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a whole parsed roster against the data before anything is saved, and collects every
 * problem at once, so a person fixes the sheet in one go instead of one upload per mistake.
 */
public final class RosterImportCheck {

    public static final String HOME = "HOME";
    public static final String SPECIALIST = "SPECIALIST";

    /** Runs of these hide digits in a masked phone such as 138****1234. */
    private static final Pattern MASK_RUN = Pattern.compile("[*＊]+");
    private static final Pattern LAST_FOUR = Pattern.compile("\\d{4}");

    private RosterImportCheck() {
    }

    /** What the check needs to know about the data; the service answers it from the database. */
    public interface Lookup {
        Optional<StationRef> station(String code);

        List<PersonRef> peopleNamed(String name);

        boolean mayManage(StationRef station);

        /** Whether the importing user may place this person (one that {@link #peopleNamed} returned). */
        boolean mayPlace(PersonRef person);

        /** For the service that carries out a move; the check itself does not need it. */
        Optional<Long> currentHomeStation(Long personId);
    }

    public record StationRef(Long id, String code, String name, boolean specialist) {
    }

    public record PersonRef(Long id, String name, String phone) {
    }

    /**
     * One person to place in one station. {@code home} may differ from the person's current home
     * station: that is a move, which the service carries out, not an error.
     */
    public record Placement(int rowNumber, Long stationId, Long personId, boolean home) {
    }

    /** Placements only for lines without problems; nothing is to be saved unless {@link #ok()}. */
    public record Result(List<Placement> placements, List<Problem> problems) {
        public Result {
            placements = List.copyOf(placements);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result check(List<RosterSheet.Line> lines, Lookup lookup) {
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(lookup, "lookup");
        // A roster names the same few stations and often the same people many times; asking the
        // database once per distinct value keeps a large import from turning into thousands of
        // queries.
        Map<String, Optional<StationRef>> stations = new HashMap<>();
        Map<Long, Boolean> manageable = new HashMap<>();
        Map<Long, Boolean> placeable = new HashMap<>();
        Map<String, List<PersonRef>> people = new HashMap<>();

        Map<Key, Integer> seen = new HashMap<>();
        Map<Long, HomeAt> homes = new HashMap<>();
        List<Placement> placements = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();

        for (RosterSheet.Line line : lines) {
            int rowNumber = line.rowNumber();
            RosterRow row = line.row();
            List<Problem> found = new ArrayList<>();

            String code = RosterSheet.trim(row.stationCode());
            String name = RosterSheet.trim(row.personName());
            String membershipText = RosterSheet.trim(row.membership());
            if (code.isEmpty()) {
                found.add(new Problem(rowNumber, Kind.MISSING_VALUE, "stationCode"));
            }
            if (name.isEmpty()) {
                found.add(new Problem(rowNumber, Kind.MISSING_VALUE, "personName"));
            }

            StationRef station = null;
            if (!code.isEmpty()) {
                Optional<StationRef> known = stations.computeIfAbsent(code, lookup::station);
                if (known.isEmpty()) {
                    found.add(new Problem(rowNumber, Kind.UNKNOWN_STATION, code));
                } else if (!manageable.computeIfAbsent(known.get().id(), id -> lookup.mayManage(known.get()))) {
                    found.add(new Problem(rowNumber, Kind.WRONG_STATION, code));
                } else {
                    station = known.get();
                }
            }

            Boolean home = membership(membershipText);
            if (home == null || (station != null && home == station.specialist())) {
                found.add(new Problem(rowNumber, Kind.BAD_MEMBERSHIP, membershipText));
            }

            PersonRef person = null;
            if (!name.isEmpty()) {
                List<PersonRef> named = people.computeIfAbsent(name, lookup::peopleNamed);
                if (named.isEmpty()) {
                    found.add(new Problem(rowNumber, Kind.UNKNOWN_PERSON, name));
                } else {
                    List<PersonRef> matching = named.size() == 1 ? named : byPhone(named, row.phone());
                    if (matching.size() == 1) {
                        PersonRef match = matching.getFirst();
                        if (placeable.computeIfAbsent(match.id(), id -> lookup.mayPlace(match))) {
                            person = match;
                        } else {
                            found.add(new Problem(rowNumber, Kind.OTHER_STREET_PERSON, match.name()));
                        }
                    } else {
                        found.add(new Problem(rowNumber, Kind.AMBIGUOUS_NAME, String.valueOf(named.size())));
                    }
                }
            }

            // Only lines that name a real, manageable station and one real person can repeat
            // another: comparing half-resolved lines would echo the problems already reported.
            if (station != null && person != null) {
                Integer earlier = seen.putIfAbsent(new Key(station.id(), person.id()), rowNumber);
                if (earlier != null) {
                    found.add(new Problem(rowNumber, Kind.DUPLICATE_ROW, String.valueOf(earlier)));
                } else if (Boolean.TRUE.equals(home)) {
                    HomeAt first = homes.putIfAbsent(person.id(), new HomeAt(station.id(), rowNumber));
                    if (first != null && !first.stationId().equals(station.id())) {
                        found.add(new Problem(rowNumber, Kind.SECOND_HOME, String.valueOf(first.rowNumber())));
                    }
                }
            }

            if (found.isEmpty()) {
                placements.add(new Placement(rowNumber, station.id(), person.id(), home));
            }
            problems.addAll(found);
        }
        return new Result(placements, problems);
    }

    /** {@code true} for HOME, {@code false} for SPECIALIST, {@code null} for anything else. */
    private static Boolean membership(String text) {
        // Case does not matter: someone who types "home" by hand clearly means HOME.
        return switch (text.toUpperCase(Locale.ROOT)) {
            case HOME -> Boolean.TRUE;
            case SPECIALIST -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * Rosters often carry only the last four digits or a masked number, because full phone
     * numbers are personal data; any of these is enough to tell two namesakes apart.
     */
    static List<PersonRef> byPhone(List<PersonRef> candidates, String sheetPhone) {
        String given = RosterSheet.trim(sheetPhone);
        if (given.isEmpty()) {
            return List.of();
        }
        return candidates.stream().filter(p -> samePhone(given, p.phone())).toList();
    }

    /**
     * Whether a phone from the sheet fits a known phone. Either side may be masked: the known one
     * is masked when the importing user may not see that person's whole number.
     */
    static boolean samePhone(String given, String known) {
        if (known == null || known.isBlank()) {
            return false;
        }
        boolean givenMasked = MASK_RUN.matcher(given).find();
        boolean knownMasked = MASK_RUN.matcher(known).find();
        if (givenMasked && knownMasked) {
            return maskedKey(given).equals(maskedKey(known));
        }
        if (givenMasked) {
            return masked(given).matcher(digits(known)).matches();
        }
        String wanted = digits(given);
        if (wanted.isEmpty()) {
            return false;
        }
        if (LAST_FOUR.matcher(wanted).matches()) {
            return digits(known).endsWith(wanted);
        }
        return knownMasked ? masked(known).matcher(wanted).matches() : digits(known).equals(wanted);
    }

    /** 138****1234 and 138＊＊＊＊1234 alike become 138*1234. */
    private static String maskedKey(String phone) {
        return MASK_RUN.matcher(phone).replaceAll("*").replaceAll("[^0-9*]", "");
    }

    /** 138****1234 becomes 138\d+1234: the visible digits must match where they stand. */
    private static Pattern masked(String given) {
        StringBuilder regex = new StringBuilder();
        String[] parts = MASK_RUN.split(given, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append("\\d+");
            }
            regex.append(Pattern.quote(digits(parts[i])));
        }
        return Pattern.compile(regex.toString());
    }

    /**
     * Separators and a +86 country code are how a number is written, not which number it is,
     * so "0571-87654321" and "057187654321" are the same phone.
     */
    private static String digits(String phone) {
        if (phone == null) {
            return "";
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.length() == 13 && digits.startsWith("861") ? digits.substring(2) : digits;
    }

    private record Key(Long stationId, Long personId) {
    }

    private record HomeAt(Long stationId, int rowNumber) {
    }
}
