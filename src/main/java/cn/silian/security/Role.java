package cn.silian.security;

/** The four roles of DESIGN.md and the handling units' accounts. {@link Roles} holds the same names as constants for annotations. */
public enum Role {
    ADMIN, OFFICE, STREET_STAFF, DEPUTY,
    /** A handling unit (承办单位): sees and answers only the suggestions assigned to it. */
    UNIT;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
