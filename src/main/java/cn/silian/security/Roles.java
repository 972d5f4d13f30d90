package cn.silian.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String OFFICE = "OFFICE";
    public static final String STREET_STAFF = "STREET_STAFF";
    public static final String DEPUTY = "DEPUTY";
    public static final String UNIT = "UNIT";

    /** SpEL for services that only the office and administrators may call. */
    public static final String OFFICE_OR_ADMIN = "hasAnyRole('OFFICE','ADMIN')";
    public static final String ANY_ROLE = "hasAnyRole('ADMIN','OFFICE','STREET_STAFF','DEPUTY')";
    /**
     * Every signed-in account, handling units included: for what any account may read (display
     * names, its own inbox). {@link #ANY_ROLE} keeps units out of the district's own data.
     */
    public static final String SIGNED_IN = "hasAnyRole('ADMIN','OFFICE','STREET_STAFF','DEPUTY','UNIT')";
    public static final String ADMIN_ONLY = "hasRole('ADMIN')";

    private Roles() {
    }
}
