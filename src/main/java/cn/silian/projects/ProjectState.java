package cn.silian.projects;

/**
 * A candidate project's way: proposed; merged into another, declined or shortlisted (初定) by the
 * office; placed on a ballot when the candidate list is published; adopted or not by the vote.
 */
public enum ProjectState {
    PROPOSED, MERGED, DECLINED, SHORTLISTED, ON_BALLOT, ADOPTED, NOT_ADOPTED;

    public String messageKey() {
        return "project.state." + name();
    }
}
