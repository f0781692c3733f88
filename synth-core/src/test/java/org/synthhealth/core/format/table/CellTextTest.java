package org.synthhealth.core.format.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void printsInstantsExactlyAsIsoInstantDoes() {
        SplittableRandom random = new SplittableRandom(5);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(min, max + 1),
                    i % 10 == 0 ? random.nextInt(1_000_000_000) : 0);
            assertThat(CellText.of(instant)).as("%s", instant).isEqualTo(instant.toString());
        }
        assertThat(CellText.of(Instant.parse("2024-03-15T14:30:00Z"))).isEqualTo("2024-03-15T14:30:00Z");
        assertThat(CellText.of(Instant.parse("1969-12-31T23:59:59Z"))).isEqualTo("1969-12-31T23:59:59Z");
    }

    @Test
    void printsDatesDecimalsAndMissingValuesInTheirPlainForms() {
        assertThat(CellText.of(LocalDate.of(2024, 3, 15))).isEqualTo("2024-03-15");
        assertThat(CellText.of(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CellText.of(new BigDecimal("0.000001"))).isEqualTo("0.000001");
        assertThat(CellText.of(new BigDecimal("5.70"))).isEqualTo("5.70");
        assertThat(CellText.of(null)).isEmpty();
        assertThat(CellText.of(Boolean.TRUE)).isEqualTo("true");
        assertThat(CellText.of(42)).isEqualTo("42");
    }

    @Test
    void rejectsValuesOutsideTheColumnTypes() {
        assertThatThrownBy(() -> CellText.of(3.5d)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Double");
    }
}
