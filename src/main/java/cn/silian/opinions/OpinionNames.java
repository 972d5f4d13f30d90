package cn.silian.opinions;

import cn.silian.people.DeputyService;
import cn.silian.security.AccountService;
import cn.silian.shared.PersonName;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Turns opinions into rows, naming streets and deputies in one query each per page. */
@Component
class OpinionNames {

    private final StreetService streets;
    private final DeputyService deputies;
    private final AccountService accounts;

    OpinionNames(StreetService streets, DeputyService deputies, AccountService accounts) {
        this.streets = streets;
        this.deputies = deputies;
        this.accounts = accounts;
    }

    Slice<OpinionRow> rows(Slice<Opinion> page) {
        List<OpinionRow> rows = rows(page.getContent());
        Map<Long, OpinionRow> byId = rows.stream().collect(Collectors.toMap(OpinionRow::id, r -> r));
        return page.map(o -> byId.get(o.getId()));
    }

    List<OpinionRow> rows(List<Opinion> opinions) {
        Map<Long, StreetSummary> street = streets.byIds(opinions.stream().map(Opinion::streetId).collect(Collectors.toSet()));
        Map<Long, String> heard = deputies.namesOf(opinions.stream().map(Opinion::heardBy).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return opinions.stream().map(o -> new OpinionRow(o.getId(), o.createdAt(), o.content(), o.category(),
                street.containsKey(o.streetId()) ? street.get(o.streetId()).name() : "", o.community(), o.source(),
                o.state(), o.heardBy() == null ? null : heard.get(o.heardBy()))).toList();
    }

    Map<String, PersonName> accounts(Collection<String> usernames) {
        return accounts.names(usernames.stream().filter(Objects::nonNull).collect(Collectors.toSet()));
    }
}
