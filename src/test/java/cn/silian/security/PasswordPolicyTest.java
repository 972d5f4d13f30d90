package cn.silian.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void twelveCharactersOfAnyKindAreEnoughWithoutCompositionRules() {
        assertThat(PasswordPolicy.check("correct horse battery", "office", "办公室")).isNull();
        assertThat(PasswordPolicy.check("riverbankwillowmoon", "office", "办公室")).isNull();
        assertThat(PasswordPolicy.check("西湖的柳树在三月发芽了", "office", "办公室"))
                .as("11 Chinese characters").isEqualTo("password.too-short");
        assertThat(PasswordPolicy.check("西湖的柳树在三月发芽了吧", "office", "办公室")).isNull();
        assertThat(PasswordPolicy.check("Silian@20261", "office", "区人大办公室")).isNull();
    }

    @Test
    void fewerThanTwelveCharactersAreRefused() {
        assertThat(PasswordPolicy.check("Silian@2026", "office", null)).as("the demo password, 11 characters")
                .isEqualTo("password.too-short");
        assertThat(PasswordPolicy.check("Ab1!xyz#Qw9", "x", null)).isEqualTo("password.too-short");
        assertThat(PasswordPolicy.check(null, "x", null)).isEqualTo("password.too-short");
    }

    @Test
    void theDemoLoadersShorterMinimumStillRefusesCommonPasswordsAndNames() {
        assertThat(PasswordPolicy.check("Silian@2026", "office", "代表工委 王敏", 11)).isNull();
        assertThat(PasswordPolicy.check("password123", "office", null, 11)).isEqualTo("password.common");
        assertThat(PasswordPolicy.check("Office@2026", "office", null, 11)).isEqualTo("password.contains-name");
    }

    @Test
    void sixtyFourAndUpTo128CharactersAreAllowedButNoMore() {
        String sixtyFour = "Qm7#kT2!vN9@pL4$wR8%zX3&cB6*hJ1^".repeat(2);
        assertThat(sixtyFour).hasSize(64);
        assertThat(PasswordPolicy.check(sixtyFour, "office", null)).isNull();
        String long128 = "yellow river flows east to the sea, and white sun sets behind the mountains "
                + "— wang zhihuan wrote it on the stork tower long ago!";
        assertThat(long128.length()).isBetween(100, 128);
        assertThat(PasswordPolicy.check(long128, "office", null)).isNull();
        assertThat(PasswordPolicy.check("x".repeat(40) + long128, "office", null)).isEqualTo("password.too-long");
    }

    @Test
    void theShippedListOfCommonAndBreachedPasswordsIsReadAndRefused() {
        assertThat(PasswordPolicy.listSize()).isGreaterThan(10_000);
        assertThat(PasswordPolicy.check("password1234", "x", null)).isEqualTo("password.common");
        assertThat(PasswordPolicy.check("1qaz2wsx3edc", "x", null)).isEqualTo("password.common");
        assertThat(PasswordPolicy.check("qwertyuiop123", "x", null)).isEqualTo("password.common");
        assertThat(PasswordPolicy.check("123456789012", "x", null)).isEqualTo("password.common");
    }

    @Test
    void commonPasswordsOfChineseUsersPaddedToTwelveAreRefused() {
        assertThat(PasswordPolicy.check("woaini1314520", "x", null)).isEqualTo("password.common");
        assertThat(PasswordPolicy.check("a123456789012", "x", null)).isEqualTo("password.common");
        assertThat(PasswordPolicy.check("qwerty123!!!!", "x", null)).isEqualTo("password.common");
        assertThat(PasswordPolicy.check("Password123!", "x", null)).isEqualTo("password.common");
        assertThat(PasswordPolicy.check("2026woaini1314", "x", null)).isEqualTo("password.common");
        assertThat(PasswordPolicy.check("Dragon2026!!!", "x", null)).isEqualTo("password.common");
    }

    @Test
    void repeatedAndSequentialPatternsAreRefused() {
        assertThat(PasswordPolicy.check("aaaaaaaaaaaaaa", "x", null)).isEqualTo("password.common");
        assertThat(PasswordPolicy.check("abcabcabcabc", "x", null)).isEqualTo("password.common");
        assertThat(PasswordPolicy.check("abcdefghijklmn", "x", null)).isEqualTo("password.common");
        assertThat(PasswordPolicy.check("9876543210987", "x", null)).isEqualTo("password.common");
    }

    @Test
    void theUsersOwnNamesAreRefused() {
        assertThat(PasswordPolicy.check("Office@20261", "office", null)).isEqualTo("password.contains-name");
        assertThat(PasswordPolicy.check("My陈志强2026!!!", "deputy", "陈志强")).isEqualTo("password.contains-name");
        assertThat(PasswordPolicy.check("ChenZhiqiang#88", "deputy", "陈志强")).as("pinyin of the name")
                .isEqualTo("password.contains-name");
        assertThat(PasswordPolicy.check("chen zhi qiang 88", "deputy", "陈志强")).isEqualTo("password.contains-name");
        assertThat(PasswordPolicy.check("李明的密码很长很长很长很长", "u1", "李明")).as("two Chinese characters make a name")
                .isEqualTo("password.contains-name");
        assertThat(PasswordPolicy.check("John Smith likes tea", "js", "John Smith")).isEqualTo("password.contains-name");
        assertThat(PasswordPolicy.check("Silian@20261", "deputy", "陈志强")).isNull();
    }

    @Test
    void aPasswordThatIsLittleMoreThanThisDeploymentsWordsIsRefused() {
        assertThat(PasswordPolicy.check("Silian人大代表2026", "zhangwei", "张伟")).isEqualTo("password.context-word");
        assertThat(PasswordPolicy.check("四联人大代表履职2026", "zhangwei", "张伟")).isEqualTo("password.context-word");
        assertThat(PasswordPolicy.check("rendadaibiao12", "zhangwei", "张伟")).isEqualTo("password.context-word");
        // With enough of the user's own around them the words do no harm.
        assertThat(PasswordPolicy.check("silian river walks at dusk", "zhangwei", "张伟")).isNull();
    }
}
