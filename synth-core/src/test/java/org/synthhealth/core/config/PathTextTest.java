package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PathTextTest {

    private static final Path HOME = Path.of(PathText.home());

    @Test
    void expandsATildeToTheHomeFolderAsAShellWould() {
        assertThat(PathText.folder("~")).isEqualTo(HOME);
        assertThat(PathText.folder("~/fixtures/run1")).isEqualTo(HOME.resolve("fixtures/run1"));
        assertThat(PathText.file("~/reports/mig.txt", "mig.txt")).isEqualTo(HOME.resolve("reports/mig.txt"));
    }

    @Test
    void expandsATildeInTheYamlWhereNoShellDoes() {
        String yaml = "output_dir: ~/fixtures\nreport_file: ~/fixtures/report.txt\n";

        var spec = CohortSpecReader.readBuilder(yaml, "config.yaml").build();

        assertThat(spec.outputDir()).isEqualTo(HOME.resolve("fixtures"));
        assertThat(spec.reportFile()).contains(HOME.resolve("fixtures/report.txt"));
    }

    @Test
    void leavesEveryOtherPathAsWritten() {
        assertThat(PathText.folder("out/a~b")).isEqualTo(Path.of("out/a~b"));
        assertThat(PathText.folder("out/")).isEqualTo(Path.of("out"));
        assertThat(PathText.file("./x~/report.txt", "report.txt")).isEqualTo(Path.of("./x~/report.txt"));
    }

    @Test
    void refusesAnotherUsersHomeWhichItCannotFind() {
        assertThatThrownBy(() -> PathText.folder("~bob/out"))
                .hasMessage("\"~bob/out\": only ~ and ~/ are expanded, to your own home folder; give the full path");
    }

    @Test
    void refusesAFileNameEndingWithASlashSuggestingAFileInThatFolder() {
        assertThatThrownBy(() -> PathText.file("reports/", "mig.txt"))
                .hasMessage("\"reports/\" ends with a slash, so it names a folder; give a file name such as "
                        + "reports/mig.txt");
    }

    @Test
    void refusesEmptyText() {
        assertThatThrownBy(() -> PathText.folder(" ")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> PathText.file("", "report.txt"))
                .hasMessage("is empty; give a file name such as report.txt");
    }

    @Test
    void refusesTextThatIsNoPathOnThisSystem() {
        assertThatThrownBy(() -> PathText.folder("out\0x")).hasMessageContaining("is not a usable path");
    }

    @Test
    void aNameTheLocaleCannotHoldIsToldToUseAUtf8Locale() {
        String reason = "Malformed input or input contains unmappable characters";

        assertThat(PathText.fix(reason, "ANSI_X3.4-1968")).isEqualTo("the locale's character set (ANSI_X3.4-1968) "
                + "cannot hold this name; run with LC_ALL=C.UTF-8 (or another UTF-8 locale)");
        assertThat(PathText.fix(reason, "UTF-8")).isEqualTo("give a plain path such as out");
        assertThat(PathText.fix("Nul character not allowed", "ANSI_X3.4-1968"))
                .isEqualTo("give a plain path such as out");
    }

    @Test
    void aPathWhoseBytesWereNotUtf8IsRefusedRatherThanChanged() {
        assertThatThrownBy(() -> PathText.folder("pre\uFFFD/sub")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"pre\uFFFD/sub\" holds bytes that are not UTF-8 text (shown as \uFFFD), which Java "
                        + "cannot pass on unchanged; rename that folder or file in UTF-8, or choose another path");
    }
}
