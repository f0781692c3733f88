package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InteropFormat;
import org.synthhealth.core.MigrationStrategy;
import org.synthhealth.core.TableFormat;

class CohortFingerprintTest {

    private final CohortSpec spec = CohortSpec.builder().patients(20).seed(1).build();

    @Test
    void isSixteenLowerCaseHexDigits() {
        assertThat(CohortFingerprint.of(spec)).matches("[0-9a-f]{16}");
    }

    @Test
    void ignoresWhatOnlyDecidesWhereAndHowTheCohortIsWrittenOrMigrated() {
        CohortSpec other = spec.toBuilder().patients(30).seed(2).outputDir(Path.of("elsewhere"))
                .outputFormat(TableFormat.PARQUET).interopFormats(Set.of(InteropFormat.VISTA))
                .concurrentWorkers(7).batchSize(3).memoryLimitMb(512).reportFile(Path.of("r.txt"))
                .simulateMigration(true).migrationStrategy(MigrationStrategy.BIG_BANG)
                .migrationReport(Path.of("m.txt"))
                .errorPatterns(Map.of("medication_errors", Map.of("dosage_corruption", 0.3))).build();

        assertThat(CohortFingerprint.of(other)).as("fingerprint of %s", CohortSpecWriter.toYaml(other))
                .isEqualTo(CohortFingerprint.of(spec));
    }

    @Test
    void changesWithEverySettingThatShapesPatients() {
        String base = CohortFingerprint.of(spec);

        assertThat(CohortFingerprint.of(spec.toBuilder().ageDistribution(Map.of(new AgeBand(18, 40), 1.0)).build()))
                .as("age_dist").isNotEqualTo(base);
        assertThat(CohortFingerprint.of(spec.toBuilder().referenceDate(LocalDate.of(2025, 6, 1)).build()))
                .as("reference_date").isNotEqualTo(base);
        assertThat(CohortFingerprint.of(spec.toBuilder().clinicalComplexity(ClinicalComplexity.HIGH).build()))
                .as("clinical_complexity").isNotEqualTo(base);
        assertThat(CohortFingerprint.of(spec.toBuilder().conditionPrevalence(Map.of("diabetes", 0.5)).build()))
                .as("condition_prevalence").isNotEqualTo(base);
    }

    @Test
    void isTheSameUnderAnyDefaultLocaleAndTimeZone() {
        String expected = CohortFingerprint.of(spec);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));

            assertThat(CohortFingerprint.of(spec)).isEqualTo(expected);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }
}
