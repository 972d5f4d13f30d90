package cn.silian.opinions;

/** What kind of body a handling unit is. */
public enum UnitKind {
    GOVERNMENT_DEPARTMENT, COURT, PROCURATORATE, PUBLIC_ENTERPRISE, STREET_OFFICE, OTHER;

    public String messageKey() {
        return "unit.kind." + name();
    }
}
