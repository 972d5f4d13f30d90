package cn.silian.opinions;

/** A public opinion was recorded (by a deputy, staff, or a visitor through the intake form). */
public record OpinionRecorded(long opinionId, OpinionSource source, long streetId, Long heardBy) {
}
