package cn.silian.people;

import java.util.List;
import java.util.Set;

/** A row of the directory. {@code phone} is already masked as the caller may see it. */
public record DeputySummary(Long id, String name, Gender gender, List<SeatInfo> seats, Long streetId,
                            String streetName, String employer, String post, Set<Expertise> expertise,
                            String phone, DeputyStatus status) {

    /** How a picker names him where namesakes are likely: with his street, when he has one. */
    public String nameAndStreet() {
        return streetName == null ? name : name + " · " + streetName;
    }
}
