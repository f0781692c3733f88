package org.synthhealth.core.format.vista;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synthhealth.core.InvalidInputException;

class FileManDateTest {

    @Test
    void writesTheDatesOfTheReferenceSheet() {
        assertThat(FileManDate.format(LocalDate.of(2024, 3, 15))).isEqualTo("3240315");
        assertThat(FileManDate.ofMonth(1978, 7).internal()).isEqualTo("2780700");
        assertThat(FileManDate.ofYear(1978).internal()).isEqualTo("2780000");
        assertThat(FileManDate.format(LocalDate.of(1900, 1, 1))).isEqualTo("2000101");
    }

    @Test
    void dropsTrailingZerosOfTheTime() {
        assertThat(FileManDate.of(LocalDateTime.of(2024, 3, 15, 14, 30)).internal()).isEqualTo("3240315.143");
        assertThat(FileManDate.of(LocalDateTime.of(2024, 3, 15, 10, 0)).internal()).isEqualTo("3240315.1");
        assertThat(FileManDate.of(LocalDateTime.of(2024, 3, 15, 9, 5, 7)).internal()).isEqualTo("3240315.090507");
        assertThat(FileManDate.of(LocalDateTime.of(2024, 3, 15, 23, 59, 59)).internal()).isEqualTo("3240315.235959");
    }

    @Test
    void writesMidnightAsTwentyFourOfThePreviousDay() {
        assertThat(FileManDate.of(LocalDateTime.of(2024, 3, 16, 0, 0)).internal()).isEqualTo("3240315.24");
        assertThat(FileManDate.of(LocalDateTime.of(2024, 1, 1, 0, 0)).internal()).isEqualTo("3231231.24");
        assertThat(FileManDate.of(LocalDateTime.of(2024, 3, 1, 0, 0)).internal()).isEqualTo("3240229.24");
    }

    @Test
    void writesOneSecondAfterMidnightWithLeadingZeros() {
        assertThat(FileManDate.of(LocalDateTime.of(2024, 3, 16, 0, 0, 1)).internal()).isEqualTo("3240316.000001");
        assertThat(FileManDate.of(LocalDateTime.of(2024, 3, 16, 0, 1)).internal()).isEqualTo("3240316.0001");
    }

    @Test
    void readsTwentyFourAsMidnightStartingTheNextDay() {
        FileManDate read = FileManDate.parse("3240315.24");

        assertThat(read.dateTime()).contains(LocalDateTime.of(2024, 3, 16, 0, 0));
        assertThat(read.internal()).isEqualTo("3240315.24");
    }

    @Test
    void readsImpreciseDatesWithoutADay() {
        assertThat(FileManDate.parse("2780700")).isEqualTo(new FileManDate(1978, 7, 0, Optional.empty()));
        assertThat(FileManDate.parse("2780000").date()).isEmpty();
    }

    @Test
    void truncatesInstantsToWholeSecondsInUtc() {
        Instant instant = Instant.parse("2024-03-15T14:30:00.987Z");

        assertThat(FileManDate.format(instant)).isEqualTo("3240315.143");
        assertThat(FileManDate.parse("3240315.143").instant()).contains(Instant.parse("2024-03-15T14:30:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2840230", "3230229", "3241301", "3240132", "3240431", "3240015", "3240315.25",
        "3240315.2401", "3240315.246", "3240315.126", "3240315.1261", "3240315.1430", "3240315.", "3240315.0",
        "324031", "32403150", "03240315", "abc", "", "3240315.1234567", "3240700.12", "3240315.24 "})
    void rejectsTextThatIsNotACanonicalPossibleDate(String text) {
        assertThatThrownBy(() -> FileManDate.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("FileMan date '" + text + "'");
        assertThat(FileManDate.tryParse(text)).isEmpty();
    }

    @Test
    void rejectsImpossiblePartsWhenBuilt() {
        assertThatThrownBy(() -> new FileManDate(2023, 2, 29, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FileManDate(1799, 1, 1, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FileManDate(2024, 7, 0, Optional.of(LocalTime.NOON)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundTripsEveryDayFrom1900To2030WithAndWithoutATime() {
        LocalDate day = LocalDate.of(1900, 1, 1);
        int checked = 0;
        while (!day.isAfter(LocalDate.of(2030, 12, 31))) {
            String internal = FileManDate.format(day);
            LocalTime time = LocalTime.ofSecondOfDay((checked * 7919L) % 86_400);
            LocalDateTime dateTime = day.atTime(time);
            String withTime = FileManDate.of(dateTime).internal();

            assertThat(FileManDate.parse(internal).date()).as(internal).contains(day);
            assertThat(FileManDate.parse(withTime).dateTime()).as(withTime).contains(dateTime);
            assertThat(withTime).as("canonical %s", withTime).doesNotEndWith("0").doesNotEndWith(".");
            assertThat(ZwrSyntax.isCanonicalNumber(withTime)).as(withTime).isTrue();
            day = day.plusDays(1);
            checked++;
        }
        assertThat(checked).isEqualTo(47_847);
    }

    @Test
    void ordersNumericallyAsTheDatesOrder() {
        LocalDateTime earlier = LocalDateTime.of(2024, 3, 15, 23, 59, 59);
        LocalDateTime midnight = LocalDateTime.of(2024, 3, 16, 0, 0);
        LocalDateTime later = LocalDateTime.of(2024, 3, 16, 0, 0, 1);

        double a = Double.parseDouble(FileManDate.of(earlier).internal());
        double b = Double.parseDouble(FileManDate.of(midnight).internal());
        double c = Double.parseDouble(FileManDate.of(later).internal());

        assertThat(a).isLessThan(b);
        assertThat(b).isLessThan(c);
    }
}
