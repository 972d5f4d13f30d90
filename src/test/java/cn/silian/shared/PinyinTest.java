package cn.silian.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinTest {

    @Test
    void fullPinyinJoinsTheSyllablesWithoutTones() {
        assertThat(Pinyin.full("张伟")).isEqualTo("zhangwei");
        assertThat(Pinyin.full("陈志强")).isEqualTo("chenzhiqiang");
        assertThat(Pinyin.full("吕梅")).isEqualTo("lvmei");
    }

    @Test
    void initialsTakeTheFirstLetterOfEachSyllable() {
        assertThat(Pinyin.initials("张伟")).isEqualTo("zw");
        assertThat(Pinyin.initials("刘海燕")).isEqualTo("lhy");
    }

    @Test
    void surnamesWithASpecialReadingAreReadAsSurnames() {
        assertThat(Pinyin.full("曾静")).isEqualTo("zengjing");
        assertThat(Pinyin.full("单磊")).startsWith("shan");
        assertThat(Pinyin.full("解放")).startsWith("xie");
        assertThat(Pinyin.initials("覃芳")).isEqualTo("qf");
    }

    @Test
    void latinLettersAndDigitsAreKept() {
        assertThat(Pinyin.full("Anna李")).isEqualTo("annali");
    }

    @Test
    void onlyLatinLettersLookLikePinyin() {
        assertThat(Pinyin.looksLikePinyin("zw")).isTrue();
        assertThat(Pinyin.looksLikePinyin("Zhang Wei")).isTrue();
        assertThat(Pinyin.looksLikePinyin("张")).isFalse();
        assertThat(Pinyin.looksLikePinyin("138")).isFalse();
        assertThat(Pinyin.looksLikePinyin("  ")).isFalse();
    }
}
