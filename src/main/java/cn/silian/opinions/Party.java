package cn.silian.opinions;

/**
 * The caller's relation to one suggestion. A caller may hold several (the office also acts for
 * a unit: {@code LEAD_UNIT} and {@code CO_UNIT} on its behalf).
 */
public enum Party {
    LEAD, COSIGNER, OFFICE, LEAD_UNIT, CO_UNIT, STREET_STAFF, OTHER;

    public String messageKey() {
        return "suggestion.party." + name();
    }
}
