package org.synthhealth.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map.Entry;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.DataQuality;
import org.synthhealth.core.InvalidInputException;

/**
 * The values some settings may take, shared by the YAML reader and the validator of specs built in code, so a spec
 * the builder accepts is one the YAML would accept too, and writes as YAML that reads back.
 */
final class SettingChoices {

    /** The values of {@code data_quality.validation_strictness}. */
    static final List<String> STRICTNESS = DataQuality.STRICTNESS;

    private SettingChoices() {
    }

    /**
     * Refuses a spec built in code whose terminology systems, error-pattern rates, migration systems or paths the
     * YAML could not give.
     *
     * @throws InvalidInputException naming the YAML key, the builder method and the fix
     */
    static void check(CohortSpec spec) {
        for (Entry<String, List<String>> table : spec.terminologySystems().entrySet()) {
            String name = table.getKey();
            String setting = "terminology_systems." + name + " (terminologySystems): ";
            if (!CodeSystems.WRITTEN.containsKey(name)) {
                throw new InvalidInputException(setting + "unknown table; use any of "
                        + String.join(", ", CodeSystems.WRITTEN.keySet()));
            }
            for (String system : table.getValue()) {
                if (!CodeSystems.accepted(name).contains(system)) {
                    throw new InvalidInputException(setting + CodeSystems.unknown(name, system));
                }
            }
            if (CodeSystems.namesNothingWritten(name, table.getValue())) {
                throw new InvalidInputException(setting + CodeSystems.onlyUnwritten(name, table.getValue().get(0)));
            }
        }
        spec.errorPatterns().forEach((group, rates) -> rates.forEach((pattern, rate) -> {
            if (rate == null || !(rate >= 0 && rate <= 1)) {
                throw new InvalidInputException("error_patterns." + group + "." + pattern + " (errorPatterns): is "
                        + rate + ", must lie between 0 and 1; give a fraction such as 0.05 for 5%");
            }
        }));
        MigrationBlock.checkBuilt(spec.migrationSettings());
        notEmpty("output_dir (outputDir)", spec.outputDir(), "a folder such as out");
        spec.reportFile().ifPresent(file -> notEmpty("report_file (reportFile)", file,
                "a file name such as report.txt"));
        spec.migrationReport().ifPresent(file -> notEmpty("migration_report (migrationReport)", file,
                "a file name such as migration.txt"));
        notTilde("output_dir (outputDir)", spec.outputDir());
        spec.reportFile().ifPresent(file -> notTilde("report_file (reportFile)", file));
        spec.migrationReport().ifPresent(file -> notTilde("migration_report (migrationReport)", file));
    }

    private static void notEmpty(String setting, Path path, String example) {
        if (path.toString().isEmpty()) {
            throw new InvalidInputException(setting + ": is empty; give " + example);
        }
    }

    /** A path built in code that starts with {@code ~} names a folder called {@code ~}, not the home folder. */
    private static void notTilde(String setting, Path path) {
        if (path.toString().startsWith("~")) {
            throw new InvalidInputException(setting + ": " + path + " would be a folder literally named "
                    + path.getName(0) + ", while YAML and the command line read ~ as your home folder; give the full "
                    + "path (or ./" + path + " for a folder of that name)");
        }
    }
}
