package cn.silian.opinions;

/** Key supervision (重点督办): the supervising leader and the street committee or group following it. */
public record KeyMark(String leader, String followers) {
}
