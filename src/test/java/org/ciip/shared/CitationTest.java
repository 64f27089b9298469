package org.ciip.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationTest {

    @Test
    void articlesAreCitedInTheReadersStyle() {
        assertThat(Citation.of("18", true)).isEqualTo("《条例》第十八条");
        assertThat(Citation.of("39(9)", true)).isEqualTo("《条例》第三十九条第（九）项");
        assertThat(Citation.of("39(10)", true)).isEqualTo("《条例》第三十九条第（十）项");
        assertThat(Citation.of("43(3)", true)).isEqualTo("《条例》第四十三条第三款");
        assertThat(Citation.of("39(9)", false)).isEqualTo("Art. 39(9)");
        assertThat(Citation.numeral(40)).isEqualTo("四十");
        assertThat(Citation.numeral(10)).isEqualTo("十");
        assertThat(Citation.of("39-41", true)).isEqualTo("《条例》第三十九条至第四十一条");
        assertThat(Citation.of("39-41", false)).isEqualTo("Art. 39-41");
        assertThat(Citation.of("30, 46", true)).isEqualTo("《条例》第三十条、第四十六条");
    }
}
