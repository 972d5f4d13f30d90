package cn.silian.meetings;

import java.util.List;

/** Who an audience reaches before anything is sent: the count, the first names, and all ids to invite. */
public record AudiencePreview(int count, int alreadyInvited, List<String> firstNames, List<Long> ids) {
}
