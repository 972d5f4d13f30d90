package cn.silian.topics;

import cn.silian.people.Expertise;
import cn.silian.people.Level;

import cn.silian.shared.PersonName;
import java.time.LocalDate;
import java.util.Set;

public record MemberRow(Long deputyId, String name, Level level, String streetName, Set<Expertise> expertise,
                        JoinedHow how, LocalDate joinedOn, PersonName joinedBy, LocalDate leftOn, PersonName leftBy,
                        boolean leader) {
}
