package cn.silian.people;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One person's page. {@code phone} is masked unless the caller may see it whole
 * ({@code phoneVisible}); {@code editable} says whether the caller may change the record.
 */
public record DeputyDetails(Long id, String name, String namePinyin, Gender gender, Integer birthYear,
                            List<SeatInfo> seats, Long streetId, String streetName, String community,
                            String employer, String post, Set<Expertise> expertise, String phone,
                            boolean phoneVisible, DeputyStatus status, Instant createdAt, Instant updatedAt,
                            long version, boolean editable) {
}
