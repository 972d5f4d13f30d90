package cn.silian.stations;

/**
 * One line of a liaison-station roster sheet, every value as the text a person sees in the
 * cell. {@code membership} stays a machine code ({@code HOME} or {@code SPECIALIST}) rather than
 * a translated word, so a sheet exported in one language imports again unchanged in another.
 */
public record RosterRow(String stationCode, String stationName, String personName, String phone,
                        String membership, String levels) {
}
