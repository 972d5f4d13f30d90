package cn.silian.stations;

/** What a visitor's concern is about. */
public enum ReceptionCategory {
    EMPLOYMENT, HEALTH, EDUCATION, HOUSING, ENVIRONMENT, TRAFFIC, SAFETY, OTHER;

    public String messageKey() {
        return "reception.category." + name();
    }
}
