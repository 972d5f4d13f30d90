package cn.silian.projects;

/** The project list's filters; {@code null} means any. {@code text} is looked for in title and description. */
public record ProjectFilter(Integer year, Long campaignId, ProjectState state, Long streetId, String text) {

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, null, null);
    }
}
