package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Patient;

/** Acute episodes of 10,000 patients: one at a time per illness, and some days apart. */
class AcuteEpisodesTest {

    /** Pharyngitis and strep throat, one sore-throat illness told apart by a test. */
    private static final Set<String> SORE_THROAT = Set.of("pharyngitis", "strep_throat");

    private final List<Patient> patients = SampleCohort.patients();

    @Test
    void episodesOfOneAcuteConditionNeverOverlap() {
        long repeats = 0;
        for (Patient p : patients) {
            Map<String, List<Condition>> byKey = p.conditions().stream().filter(c -> !c.chronic())
                    .collect(Collectors.groupingBy(Condition::key, TreeMap::new, Collectors.toList()));
            for (List<Condition> episodes : byKey.values()) {
                List<Condition> inOrder = episodes.stream().sorted(Comparator.comparing(Condition::onsetDate)).toList();
                for (int i = 1; i < inOrder.size(); i++) {
                    repeats++;
                    Condition before = inOrder.get(i - 1);
                    Condition after = inOrder.get(i);
                    assertThat(before.resolutionDate()).as("%s of %s from %s, followed by one from %s", before.key(),
                            p.id(), before.onsetDate(), after.onsetDate()).isPresent();
                    assertThat(after.onsetDate()).as("%s of %s from %s", after.key(), p.id(), before.onsetDate())
                            .isAfterOrEqualTo(before.resolutionDate().get());
                }
            }
        }
        assertThat(repeats).as("second and later episodes of an acute condition").isGreaterThan(1_000);
    }

    @Test
    void aNewEpisodeOfAnIllnessBeginsAWeekOrMoreAfterTheLastResolved() {
        long repeats = 0;
        for (Patient p : patients) {
            Map<String, List<Condition>> byIllness = p.conditions().stream().filter(c -> !c.chronic())
                    .collect(Collectors.groupingBy(c -> illness(c.key()), TreeMap::new, Collectors.toList()));
            for (List<Condition> episodes : byIllness.values()) {
                List<Condition> inOrder = episodes.stream().sorted(Comparator.comparing(Condition::onsetDate)).toList();
                for (int i = 1; i < inOrder.size(); i++) {
                    repeats++;
                    Condition before = inOrder.get(i - 1);
                    Condition after = inOrder.get(i);
                    LocalDate resolved = before.resolutionDate().orElse(LocalDate.MAX);
                    assertThat(after.onsetDate().isBefore(resolved) ? -1 : ChronoUnit.DAYS.between(resolved,
                            after.onsetDate())).as("days from %s of %s resolved %s to %s on %s", before.key(), p.id(),
                                    resolved, after.key(), after.onsetDate()).isGreaterThanOrEqualTo(7);
                }
            }
        }
        assertThat(repeats).as("second and later episodes of an acute illness").isGreaterThan(1_000);
    }

    /** Pharyngitis and strep throat are one sore throat: a patient does not have both at once. */
    private static String illness(String key) {
        return SORE_THROAT.contains(key) ? "sore_throat" : key;
    }
}
