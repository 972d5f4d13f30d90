package cn.silian.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    @Test
    void aMobileNumberKeepsItsFirstThreeAndLastFourDigits() {
        assertThat(PersonalData.maskPhone("13812341234")).isEqualTo("138****1234");
    }

    @Test
    void aLandlineIsMaskedToo() {
        assertThat(PersonalData.maskPhone("0571-87654321")).doesNotContain("8765").endsWith("4321");
    }

    @Test
    void emptyStaysEmpty() {
        assertThat(PersonalData.maskPhone(null)).isNull();
        assertThat(PersonalData.maskPhone("")).isEmpty();
    }
}
