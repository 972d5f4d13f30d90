package cn.silian.people;

import cn.silian.shared.Pinyin;

/** Name helpers for display. */
final class DeputyNames {

    private DeputyNames() {
    }

    /** {@code 张伟} → {@code Zhang Wei}: surname first, as Chinese names are written in English. */
    static String pinyinLabel(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String surname = Pinyin.full(name.substring(0, 1));
        String given = Pinyin.full(name.substring(1));
        return capitalize(surname) + (given.isEmpty() ? "" : " " + capitalize(given));
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
