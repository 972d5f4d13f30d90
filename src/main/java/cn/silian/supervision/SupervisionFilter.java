package cn.silian.supervision;

/** The list's filters: the year (required), a text in the title, a department, a street; any but the year may be null. */
public record SupervisionFilter(int year, String text, Long unitId, Long streetId) {

    public static SupervisionFilter of(int year) {
        return new SupervisionFilter(year, null, null, null);
    }
}
