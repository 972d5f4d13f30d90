package cn.silian.people;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One person's page. Unless the caller may see his personal data ({@code personalDataVisible}),
 * {@code phone} is masked and his home ({@code community}, {@code latitude}, {@code longitude})
 * is {@code null}; {@code editable} says whether the caller may change the record.
 */
public record DeputyDetails(Long id, String name, String namePinyin, Gender gender, Integer birthYear,
                            List<SeatInfo> seats, Long streetId, String streetName, String community,
                            Double latitude, Double longitude,
                            String employer, String post, Set<Expertise> expertise, String phone,
                            boolean personalDataVisible, DeputyStatus status, Instant createdAt, Instant updatedAt,
                            long version, boolean editable) {
}
