package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.ObservationCategory;
import org.synthhealth.core.model.Patient;

/**
 * Every order tells the truth about its contents: a panel code labels exactly that panel's members, the results of
 * one order share one label, and a laboratory order without a panel code is a single test, so that its label (OBR-4
 * in an ORU) is the test's own code. Checked over the shared cohort of 10,000 patients.
 */
class PanelContentsTest {

    /** The lipid panel's members: total cholesterol, triglycerides, HDL and calculated LDL. */
    private static final Set<String> LIPIDS = Set.of("2093-3", "2571-8", "2085-9", "13457-7");

    /**
     * The panels the engine may emit, with their members. Only panels whose members are verified belong here: the
     * blood-pressure panel's components are listed beside it in {@code reference/codes.md}; the lipid panel 24331-1
     * was checked against published copies of the LOINC table (see {@code Loinc.LIPID_PANEL}). No other laboratory
     * panel is listed: the basic metabolic panel code that would fit the engine's metabolic tests is in neither
     * {@code reference/codes.md} nor the FHIR packages, so the engine orders those tests one by one.
     */
    private static final Map<String, Set<String>> PANEL_MEMBERS = Map.of("85354-9", Set.of("8480-6", "8462-4"),
            "24331-1", LIPIDS);

    @Test
    void everyPanelCodeLabelsExactlyItsMembers() {
        int orders = 0;
        for (Patient p : SampleCohort.patients()) {
            for (List<Observation> order : orders(p).values()) {
                Optional<Code> panel = order.get(0).panel();
                if (panel.isEmpty()) {
                    continue;
                }
                orders++;
                List<String> codes = order.stream().map(o -> o.code().code()).sorted().toList();
                assertThat(PANEL_MEMBERS).as("members of panel %s (%s) in %s", panel.get().code(),
                        panel.get().display(), p.id()).containsKey(panel.get().code());
                assertThat(codes).as("panel %s %s of %s", panel.get().code(), order.get(0).panelId(), p.id())
                        .containsExactlyElementsOf(new TreeSet<>(PANEL_MEMBERS.get(panel.get().code())));
            }
        }
        assertThat(orders).as("orders with a panel code").isGreaterThan(10_000);
    }

    @Test
    void everyLipidResultIsReportedInALipidPanelOfAllFour() {
        int panels = 0;
        for (Patient p : SampleCohort.patients()) {
            for (List<Observation> order : orders(p).values()) {
                boolean lipid = order.stream().anyMatch(o -> LIPIDS.contains(o.code().code()));
                if (!lipid) {
                    continue;
                }
                panels++;
                assertThat(order.get(0).panel().map(Code::code)).as("panel code of order %s of %s",
                        order.get(0).panelId(), p.id()).contains("24331-1");
                assertThat(order).as("lipid order %s of %s", order.get(0).panelId(), p.id()).hasSize(LIPIDS.size());
            }
        }
        assertThat(panels).as("lipid panels").isGreaterThan(1_000);
    }

    @Test
    void resultsOfOneOrderShareOnePanelCode() {
        for (Patient p : SampleCohort.patients()) {
            for (Map.Entry<String, List<Observation>> order : orders(p).entrySet()) {
                Set<String> labels = new TreeSet<>();
                order.getValue().forEach(o -> labels.add(o.panel().map(Code::code).orElse("none")));
                assertThat(labels).as("panel codes of order %s of %s", order.getKey(), p.id()).hasSize(1);
            }
        }
    }

    @Test
    void everyPanelCodeBelongsToAnOrder() {
        for (Patient p : SampleCohort.patients()) {
            for (Observation o : p.observations()) {
                if (o.panel().isPresent()) {
                    assertThat(o.panelId()).as("panel id of %s (%s in panel %s) of %s", o.id(), o.code().code(),
                            o.panel().get().code(), p.id()).isPresent();
                }
            }
        }
    }

    @Test
    void aLaboratoryOrderWithoutAPanelCodeIsOneTest() {
        int single = 0;
        for (Patient p : SampleCohort.patients()) {
            for (List<Observation> order : orders(p).values()) {
                Observation first = order.get(0);
                if (first.category() == ObservationCategory.LABORATORY && first.panel().isEmpty()) {
                    single++;
                    assertThat(order).as("order %s of %s has no panel code but holds %s",
                            first.panelId().orElse(first.id()), p.id(), order.stream().map(o -> o.code().code())
                                    .toList()).hasSize(1);
                }
            }
        }
        assertThat(single).as("laboratory orders of one test").isGreaterThan(10_000);
    }

    /** A patient's observations grouped by order: those sharing a panel id, or one alone without one. */
    private static Map<String, List<Observation>> orders(Patient p) {
        Map<String, List<Observation>> orders = new LinkedHashMap<>();
        for (Observation o : p.observations()) {
            orders.computeIfAbsent(o.panelId().orElse(o.id()), k -> new ArrayList<>()).add(o);
        }
        return orders;
    }
}
