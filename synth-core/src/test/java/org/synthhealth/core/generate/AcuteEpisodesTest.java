package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Patient;

/** Acute episodes of 10,000 patients: one at a time per illness. */
class AcuteEpisodesTest {

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
}
