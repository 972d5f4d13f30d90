package cn.silian.projects;

/** Who put a project forward: a street committee, a deputy, or the office itself. */
public enum ProposerKind {
    STREET, DEPUTY, OFFICE;

    public String messageKey() {
        return "project.proposer." + name();
    }
}
