package cn.silian.topics;

import cn.silian.people.Expertise;
import cn.silian.people.Level;

import java.time.LocalDate;
import java.util.Set;

public record MemberRow(Long deputyId, String name, Level level, String streetName, Set<Expertise> expertise,
                        JoinedHow how, LocalDate joinedOn, String joinedBy, LocalDate leftOn, String leftBy,
                        boolean leader) {
}
