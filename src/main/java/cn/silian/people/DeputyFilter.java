package cn.silian.people;

/**
 * The directory's filters; any may be {@code null}. {@code text} matches the name in
 * characters, full pinyin or initials, and the employer.
 */
public record DeputyFilter(String text, Level level, Long streetId, Expertise expertise, DeputyStatus status) {

    public static DeputyFilter none() {
        return new DeputyFilter(null, null, null, null, null);
    }

    public static DeputyFilter text(String text) {
        return new DeputyFilter(text, null, null, null, null);
    }
}
