package org.synthhealth.junit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.csv.CsvFormat;
import org.synthhealth.core.format.fhir.FhirFormat;
import org.synthhealth.core.format.hl7.Hl7Format;
import org.synthhealth.core.format.parquet.ParquetFormat;
import org.synthhealth.core.format.vista.VistaFormat;
import org.synthhealth.core.model.Patient;

/** Writes a cohort's fixture files with the product's own format writers. */
public final class Exports {

    private static final Map<String, Supplier<FixtureFormat>> FORMATS = new TreeMap<>(Map.of(
            "csv", CsvFormat::new,
            "parquet", ParquetFormat::new,
            "fhir", FhirFormat::new,
            "hl7", Hl7Format::new,
            "vista", VistaFormat::new));

    private Exports() {
    }

    /** The format names, sorted. */
    public static List<String> names() {
        return List.copyOf(FORMATS.keySet());
    }

    /** Checks format names before anything is generated. */
    public static List<String> validate(String[] formats) {
        List<String> names = formats.length == 0 ? names() : List.of(formats);
        for (String name : names) {
            if (!FORMATS.containsKey(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("@FixtureFiles(formats = \"" + name + "\"): unknown format; use "
                        + String.join(", ", names()));
            }
        }
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** Writes {@code cohort} into {@code dir} in each of {@code formats}, one format after another. */
    public static void write(Cohort cohort, List<String> formats, Path dir) {
        for (String name : formats) {
            FixtureFormat format = FORMATS.get(name).get();
            try (FixtureWriter writer = format.open(dir, cohort.spec(), cohort.seed())) {
                for (Patient patient : cohort.patients()) {
                    writer.write(patient);
                }
                writer.finish();
                writer.commit();
            } catch (IOException e) {
                throw new UncheckedIOException("writing " + name + " fixtures to " + dir + " failed", e);
            }
        }
    }
}
