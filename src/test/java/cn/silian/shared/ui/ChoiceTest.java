package cn.silian.shared.ui;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ChoiceTest {

    @Test
    void twoChoicesWithTheSameIdAndDifferentLabelsAreEqualAndHashAlike() {
        Choice read = new Choice(7L, "王芳");
        Choice listed = new Choice(7L, "王芳 · 城关街道");
        assertThat(read).isEqualTo(listed);
        assertThat(read.hashCode()).isEqualTo(listed.hashCode());
        assertThat(Set.of(read)).contains(listed);
    }

    @Test
    void choicesWithDifferentIdsDifferEvenWithTheSameLabel() {
        assertThat(new Choice(7L, "王芳")).isNotEqualTo(new Choice(8L, "王芳"));
    }
}
