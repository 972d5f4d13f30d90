package cn.silian.people;

/** 专业特长: the fields by which topic groups and specialist stations are formed. */
public enum Expertise {
    EDUCATION, HEALTH, LAW, ECONOMY, FINANCE, URBAN_PLANNING, ENVIRONMENT, TECHNOLOGY, AGRICULTURE,
    CULTURE, SOCIAL_WORK, TRANSPORT, SAFETY, ELDERLY_CARE;

    public String messageKey() {
        return "expertise." + name();
    }
}
