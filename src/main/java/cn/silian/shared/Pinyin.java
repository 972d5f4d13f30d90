package cn.silian.shared;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import java.util.Locale;
import java.util.Map;

/**
 * Pinyin of personal names, so that a search for {@code zhangwei} or {@code zw} finds 张伟.
 * pinyin4j knows every reading of a character; for a surname the common reading is not always
 * the first one, hence the table of surnames read differently from the everyday word.
 */
public final class Pinyin {

    private static final Map<Character, String> SURNAMES = Map.ofEntries(
            Map.entry('曾', "zeng"), Map.entry('单', "shan"), Map.entry('解', "xie"), Map.entry('仇', "qiu"),
            Map.entry('朴', "piao"), Map.entry('区', "ou"), Map.entry('查', "zha"), Map.entry('乐', "yue"),
            Map.entry('覃', "qin"), Map.entry('翟', "zhai"), Map.entry('盖', "ge"), Map.entry('缪', "miao"),
            Map.entry('尉', "yu"), Map.entry('长', "chang"), Map.entry('重', "chong"), Map.entry('沈', "shen"),
            Map.entry('万', "wan"), Map.entry('尹', "yin"), Map.entry('秘', "bi"), Map.entry('牟', "mu"),
            Map.entry('莫', "mo"), Map.entry('贾', "jia"), Map.entry('柏', "bai"), Map.entry('宁', "ning"));

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {
    }

    /** {@code 张伟} → {@code zhangwei}; letters and digits are kept, other characters dropped. */
    public static String full(String name) {
        StringBuilder sb = new StringBuilder();
        forEachSyllable(name, sb::append);
        return sb.toString();
    }

    /** {@code 张伟} → {@code zw}. */
    public static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        forEachSyllable(name, syllable -> sb.append(syllable.charAt(0)));
        return sb.toString();
    }

    /** Whether a search text looks like pinyin (only Latin letters, spaces ignored). */
    public static boolean looksLikePinyin(String text) {
        String compact = compact(text);
        return !compact.isEmpty() && compact.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** Lower case, without spaces or apostrophes ({@code "Zhang Wei"} → {@code zhangwei}). */
    public static String compact(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s']", "");
    }

    private static void forEachSyllable(String name, java.util.function.Consumer<String> sink) {
        if (name == null) {
            return;
        }
        String text = name.strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i == 0 && SURNAMES.containsKey(c)) {
                sink.accept(SURNAMES.get(c));
                continue;
            }
            String syllable = syllable(c);
            if (syllable != null) {
                sink.accept(syllable);
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                sink.accept(String.valueOf(Character.toLowerCase(c)));
            }
        }
    }

    private static String syllable(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
