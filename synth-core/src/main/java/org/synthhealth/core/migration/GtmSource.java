package org.synthhealth.core.migration;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.migration.internal.extract.GtmVistaSource;

/**
 * A live GT.M database to extract VistA from, instead of the ZWR file: the YAML
 * {@code migration_settings.vista_source: {type: gtm, global_directory: ..., gtm_dist: ...}} or the command line's
 * {@code --vista-gtm GLD}.
 *
 * <pre>{@code
 * MigrationResult result = MigrationSimulator.forSpec(spec)
 *         .gtmSource(GtmSource.of(Path.of("/srv/vista/synth.gld")))
 *         .build()
 *         .run(cohort);
 * }</pre>
 *
 * <p>The database must hold the cohort being migrated (loaded, for example, with {@code mupip load} from the
 * cohort's {@code vista_globals.zwr}): the target is reconciled against the cohort, not against the database.
 *
 * @param globalDirectory the database's global directory ({@code .gld}, made with GDE); a relative database file
 *     named inside it is resolved against the global directory's folder
 * @param gtmDist the GT.M installation (the folder holding {@code mumps}, or a folder of versions such as Debian's
 *     {@code /usr/lib/x86_64-linux-gnu/fis-gtm}); empty means {@code $gtm_dist}, else Debian's folder
 */
public record GtmSource(Path globalDirectory, Optional<Path> gtmDist) {

    /** The {@code migration_settings} key, holding {@code type}, {@code global_directory} and {@code gtm_dist}. */
    public static final String KEY = "vista_source";

    public GtmSource {
        Objects.requireNonNull(globalDirectory, "globalDirectory");
        Objects.requireNonNull(gtmDist, "gtmDist");
    }

    /** The database of {@code globalDirectory}, with GT.M found in {@code $gtm_dist} or Debian's folder. */
    public static GtmSource of(Path globalDirectory) {
        return new GtmSource(globalDirectory, Optional.empty());
    }

    /** This source with GT.M taken from {@code dir}. */
    public GtmSource withGtmDist(Path dir) {
        return new GtmSource(globalDirectory, Optional.of(dir));
    }

    /**
     * The GT.M source a spec names in {@code migration_settings.vista_source}, or empty when it extracts from the ZWR
     * file (the default).
     *
     * @throws InvalidInputException when the setting is malformed (possible only for specs built in code)
     */
    public static Optional<GtmSource> configuredIn(CohortSpec spec) {
        Object value = spec.migrationSettings().options().get(KEY);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidInputException("migration_settings." + KEY + ": '" + value + "' is not a mapping; give "
                    + "type: gtm and global_directory: FILE, or leave it out to read the ZWR file");
        }
        Object type = map.get("type");
        if (type == null || "zwr".equals(type)) {
            return Optional.empty();
        }
        Object gld = map.get("global_directory");
        if (!"gtm".equals(type) || gld == null || gld.toString().isBlank()) {
            throw new InvalidInputException("migration_settings." + KEY + ": type '" + type + "' with global_directory"
                    + " '" + gld + "' is not usable; give type: gtm with global_directory: FILE, or type: zwr");
        }
        Object dist = map.get("gtm_dist");
        return Optional.of(new GtmSource(Path.of(gld.toString()),
                dist == null ? Optional.empty() : Optional.of(Path.of(dist.toString()))));
    }

    /** {@code settings} with this source as its {@code vista_source}, for a spec that should extract from GT.M. */
    public MigrationSettings applyTo(MigrationSettings settings) {
        Map<String, Object> options = new LinkedHashMap<>(settings.options());
        Map<String, String> source = new LinkedHashMap<>();
        source.put("type", "gtm");
        source.put("global_directory", globalDirectory.toString());
        gtmDist.ifPresent(dir -> source.put("gtm_dist", dir.toString()));
        options.put(KEY, Map.copyOf(source));
        return new MigrationSettings(settings.sourceSystem(), settings.targetSystem(), settings.successRates(),
                settings.networkFailureRate(), settings.systemOverloadRate(), settings.dataCorruptionRate(), options);
    }

    /**
     * Checks that GT.M runs and opens the database, then lets go of it: call it before writing any output.
     *
     * @throws InvalidInputException naming the setting and the fix
     */
    public void verify() {
        GtmVistaSource.connect(gtmDist, globalDirectory).close();
    }
}
