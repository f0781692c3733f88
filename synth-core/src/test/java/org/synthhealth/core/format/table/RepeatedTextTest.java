package org.synthhealth.core.format.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RepeatedTextTest {

    @Test
    void givesBackTheFormRememberedForEqualText() {
        RepeatedText<Integer> lengths = new RepeatedText<>(16);
        assertThat(lengths.formOf("mmHg")).isNull();

        lengths.remember("mmHg", 4);

        assertThat(lengths.formOf(new String("mmHg".toCharArray()))).isEqualTo(4);
        assertThat(lengths.formOf("kg")).isNull();
    }

    @Test
    void aValueSharingTheSlotReplacesTheEarlierOne() {
        RepeatedText<String> forms = new RepeatedText<>(1);
        forms.remember("a", "A");
        forms.remember("b", "B");

        assertThat(forms.formOf("a")).isNull();
        assertThat(forms.formOf("b")).isEqualTo("B");
    }

    @Test
    void stopsRememberingForAColumnWhoseValuesSeldomRepeat() {
        RepeatedText<String> forms = new RepeatedText<>(64);
        for (int i = 0; i < 10_000 && forms.remembers(); i++) {
            String id = "id-" + i;
            assertThat(forms.formOf(id)).isNull();
            forms.remember(id, id.toUpperCase());
        }

        assertThat(forms.remembers()).isFalse();
        assertThat(forms.formOf("id-9")).isNull();
    }

    @Test
    void keepsRememberingForAColumnThatRepeats() {
        RepeatedText<String> forms = new RepeatedText<>(64);
        for (int i = 0; i < 10_000; i++) {
            String code = "code-" + i % 20;
            if (forms.formOf(code) == null) {
                forms.remember(code, code.toUpperCase());
            }
        }

        assertThat(forms.remembers()).isTrue();
        assertThat(forms.formOf("code-3")).isEqualTo("CODE-3");
    }

    @Test
    void refusesASizeThatIsNotAPowerOfTwo() {
        assertThatThrownBy(() -> new RepeatedText<>(100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("power of two");
    }
}
