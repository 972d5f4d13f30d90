package cn.silian.security;

/** The four roles of DESIGN.md. {@link Roles} holds the same names as constants for annotations. */
public enum Role {
    ADMIN, OFFICE, STREET_STAFF, DEPUTY;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
