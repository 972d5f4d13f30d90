package cn.silian.meetings;

public enum Attendance {
    PRESENT, LATE, ABSENT;

    public String messageKey() {
        return "meeting.attendance." + name();
    }
}
