package cn.silian.people;

public enum Gender {
    MALE, FEMALE;

    public String messageKey() {
        return "gender." + name();
    }
}
