package org.synthhealth.core.format.table.internal;

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
    void keepsRememberingWhenHalfTheTrialsLookupsFindTheirValueAndNotWhenOneFewerDoes() {
        for (int hits : new int[] {RepeatedText.TRIAL / 2, RepeatedText.TRIAL / 2 - 1}) {
            RepeatedText<String> forms = new RepeatedText<>(8);
            forms.remember("kept", "KEPT");
            for (int i = 0; i < RepeatedText.TRIAL; i++) {
                forms.formOf(i < hits ? "kept" : "other-" + i);
            }

            assertThat(forms.remembers()).as("%d hits in %d lookups", hits, RepeatedText.TRIAL)
                    .isEqualTo(hits == RepeatedText.TRIAL / 2);
            forms.remember("late", "LATE");
            assertThat(forms.formOf("late")).as("remembered after the trial")
                    .isEqualTo(forms.remembers() ? "LATE" : null);
        }
    }

    @Test
    void refusesASizeThatIsNotAPowerOfTwo() {
        assertThatThrownBy(() -> new RepeatedText<>(100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("power of two");
    }
}
