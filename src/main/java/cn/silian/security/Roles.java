package cn.silian.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String OFFICE = "OFFICE";
    public static final String STREET_STAFF = "STREET_STAFF";
    public static final String DEPUTY = "DEPUTY";

    /** SpEL for services that only the office and administrators may call. */
    public static final String OFFICE_OR_ADMIN = "hasAnyRole('OFFICE','ADMIN')";
    public static final String ANY_ROLE = "hasAnyRole('ADMIN','OFFICE','STREET_STAFF','DEPUTY')";
    public static final String ADMIN_ONLY = "hasRole('ADMIN')";

    private Roles() {
    }
}
