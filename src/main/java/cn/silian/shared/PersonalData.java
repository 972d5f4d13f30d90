package cn.silian.shared;

/** How personal data is shown to those who may see only part of it. */
public final class PersonalData {

    private PersonalData() {
    }

    /** {@code 13812341234} → {@code 138****1234}; short numbers keep only their last two digits. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String p = phone.strip();
        if (p.length() >= 11) {
            return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
        }
        if (p.length() <= 2) {
            return "**";
        }
        return "*".repeat(p.length() - 2) + p.substring(p.length() - 2);
    }
}
