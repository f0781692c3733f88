package org.synthhealth.core.format.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.csv.CsvFormat;
import org.synthhealth.core.format.parquet.ParquetFormat;
import org.synthhealth.core.model.Patient;

/** Engine patients generated and written twice, under different defaults, give the same bytes. */
class TableFilesDeterminismTest {

    private static final long SEED = 99;

    @Test
    void writesIdenticalFilesForTheSameSeedWhateverTheWorkersTimeZoneAndLocale(@TempDir Path first,
            @TempDir Path second) throws IOException {
        generateAndWrite(first, 1, "UTC", Locale.ROOT);
        generateAndWrite(second, 2, "America/St_Johns", Locale.forLanguageTag("de-DE"));

        for (String file : concat(Tables.fileNames("csv"), Tables.fileNames("parquet"))) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    private static void generateAndWrite(Path dir, int workers, String zone, Locale locale) throws IOException {
        TimeZone previousZone = TimeZone.getDefault();
        Locale previousLocale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            Locale.setDefault(locale);
            List<Patient> patients = Cohort.generate(CohortSpec.builder().patients(300).seed(SEED)
                    .referenceDate(LocalDate.of(2026, 1, 1)).concurrentWorkers(workers).build()).patients();
            TableFixtures.write(new CsvFormat(), dir, patients, SEED);
            TableFixtures.write(new ParquetFormat(), dir, patients, SEED);
        } finally {
            TimeZone.setDefault(previousZone);
            Locale.setDefault(previousLocale);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
