package cn.silian.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void theDemoPasswordIsStrongEnough() {
        assertThat(PasswordPolicy.check("Silian@2026", "office")).isNull();
    }

    @Test
    void shortSimpleOrNameBearingPasswordsAreRefused() {
        assertThat(PasswordPolicy.check("Ab1!", "x")).isEqualTo("password.too-short");
        assertThat(PasswordPolicy.check("abcdefghijkl", "x")).isEqualTo("password.too-simple");
        assertThat(PasswordPolicy.check("Office@20261", "office")).isEqualTo("password.contains-username");
        assertThat(PasswordPolicy.check(null, "x")).isEqualTo("password.too-short");
    }
}
