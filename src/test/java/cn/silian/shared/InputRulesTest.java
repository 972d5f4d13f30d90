package cn.silian.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputRulesTest {

    @Test
    void phonesAreMobileNumbersOrLandlinesWithAreaCode() {
        assertThat(InputRules.phone("13812341234")).isNull();
        assertThat(InputRules.phone("0571-87654321")).isNull();
        assertThat(InputRules.phone("057187654321")).isNull();
        assertThat(InputRules.phone("")).isNull();
        assertThat(InputRules.phone("12345")).isEqualTo("validation.phone");
        assertThat(InputRules.phone("1381234123x")).isEqualTo("validation.phone");
        assertThat(InputRules.phone("23812341234")).isEqualTo("validation.phone");
    }

    @Test
    void textWithControlOrDirectionCharactersIsRefused() {
        assertThat(InputRules.safeText("张伟")).isNull();
        assertThat(InputRules.safeText("abc\u202Egpj.exe")).isEqualTo("validation.unsafe-text");
        assertThat(InputRules.safeText("a\u0000b")).isEqualTo("validation.unsafe-text");
    }

    @Test
    void textsOfSeveralLinesKeepTheirLineBreaksButNotOtherControls() {
        assertThat(InputRules.safeMultilineText("一、基本情况\r\n\t走访 12 个小区\n二、问题")).isNull();
        assertThat(InputRules.safeText("一\n二")).isEqualTo("validation.unsafe-text");
        assertThat(InputRules.safeMultilineText("a\u0000b")).isEqualTo("validation.unsafe-text");
        assertThat(InputRules.safeMultilineText("abc\u202Egpj")).isEqualTo("validation.unsafe-text");
    }

    @Test
    void theCheckerCollectsEveryProblemBeforeThrowing() {
        assertThatThrownBy(() -> InputRules.checker()
                .text("name", " ", true, 10)
                .text("post", "x".repeat(11), false, 10)
                .throwIfAny())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "validation.required"),
                                org.assertj.core.groups.Tuple.tuple("post", "validation.too-long")));
    }
}
