package cn.silian.people;

/** The level of a seat: four congresses and the street deliberation council. */
public enum Level {
    NATIONAL, PROVINCIAL, CITY, DISTRICT, STREET;

    public String messageKey() {
        return "level." + name();
    }
}
