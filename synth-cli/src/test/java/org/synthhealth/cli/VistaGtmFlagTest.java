package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --vista-gtm} migrates from a live GT.M database exactly as from the cohort's ZWR file. */
class VistaGtmFlagTest {

    @TempDir
    Path dir;

    @Test
    void migratesFromTheGtmDatabaseAsFromTheZwrFile() throws Exception {
        Path zwrRun = dir.resolve("zwr");
        CommandRun fromZwr = CommandRun.of("--num-records", "20", "--seed", "9", "--formats", "vista",
                "--output-dir", zwrRun.toString(), "--simulate-migration", "--batch-size", "5",
                "--migration-report", "migration.txt");
        Path gld = GtmLoad.load(zwrRun.resolve("vista_globals.zwr"), dir.resolve("db"));
        Path gtmRun = dir.resolve("gtm");

        CommandRun fromGtm = CommandRun.of("--num-records", "20", "--seed", "9", "--formats", "csv",
                "--output-dir", gtmRun.toString(), "--simulate-migration", "--batch-size", "5",
                "--migration-report", "migration.txt", "--vista-gtm", gld.toString());

        assertThat(fromZwr.exitCode()).as(fromZwr.err()).isZero();
        assertThat(fromGtm.exitCode()).as(fromGtm.err()).isZero();
        assertThat(fromGtm.out()).contains("Migration (staged): 20 patients");
        assertThat(gtmRun.resolve("vista_globals.zwr")).doesNotExist();
        assertThat(Files.readString(gtmRun.resolve("migration.json")))
                .isEqualTo(Files.readString(zwrRun.resolve("migration.json")));
    }

    @Test
    void refusesAnEmptyGlobalDirectoryPathNamingTheFlag() {
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of("--num-records", "5", "--output-dir", out.toString(), "--simulate-migration",
                "--vista-gtm", "");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("synth: --vista-gtm: the path is empty; give the global directory "
                + "file (.gld) of the GT.M database that holds the cohort");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAGlobalDirectoryThatIsNotThereBeforeWritingAnything() {
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of("--num-records", "5", "--output-dir", out.toString(), "--simulate-migration",
                "--vista-gtm", dir.resolve("missing.gld").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("synth: migration_settings.vista_source.global_directory "
                + "(--vista-gtm): ").contains("missing.gld is not a readable file").doesNotContain("\n");
        assertThat(out).doesNotExist();
    }
}
