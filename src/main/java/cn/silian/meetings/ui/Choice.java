package cn.silian.meetings.ui;

/** An entry of a combo box (a station, group or person): equal by id, so a lazily loaded list finds the current value. */
record Choice(Long id, String name) {
    @Override
    public boolean equals(Object o) {
        return o instanceof Choice c && java.util.Objects.equals(id, c.id);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(id);
    }
}
