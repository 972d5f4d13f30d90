package cn.silian.opinions;

/** How a unit got in touch with the deputy before answering: 面商, 电话沟通, other. */
public enum ContactKind {
    MEETING, PHONE, OTHER;

    public String messageKey() {
        return "suggestion.contact-kind." + name();
    }
}
