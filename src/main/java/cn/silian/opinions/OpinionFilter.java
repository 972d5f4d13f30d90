package cn.silian.opinions;

import cn.silian.stations.ReceptionCategory;

import java.time.LocalDate;

/** The opinion list's filters; {@code null} means any. {@code from}/{@code to} bound the day it was recorded. */
public record OpinionFilter(OpinionState state, ReceptionCategory category, Long streetId, OpinionSource source,
                            String text, LocalDate from, LocalDate to) {

    public static OpinionFilter none() {
        return new OpinionFilter(null, null, null, null, null, null, null);
    }
}
