package org.synthhealth.core.generate.clinical;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.synthhealth.core.model.Allergy;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.FamilyMemberHistory;
import org.synthhealth.core.model.Ids;
import org.synthhealth.core.model.Immunization;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.ObservationCategory;
import org.synthhealth.core.model.Procedure;

/**
 * Collects the rows of one patient as they are written, giving each its stable id: the n-th row of a kind gets
 * {@code Ids.of(seed, index, kind, n)}; the parts of that id fixed by the patient and by the kind are computed once.
 */
final class Recorder {

    final Chart chart;
    final List<Observation> observations;
    final List<Immunization> immunizations = new ArrayList<>();
    final List<Medication> medications = new ArrayList<>();
    final List<Procedure> procedures = new ArrayList<>();
    final List<Allergy> allergies = new ArrayList<>();
    final List<FamilyMemberHistory> familyHistory = new ArrayList<>();
    private static final double[] POWERS = {1, 10, 100, 1000};
    static final long ENCOUNTER = Ids.kindBits("encounter");
    static final long MEDICATION = Ids.kindBits("medication");
    static final long ALLERGY = Ids.kindBits("allergy");
    static final long FAMILY = Ids.kindBits("family");
    static final long CONDITION = Ids.kindBits("condition");
    private static final long OBSERVATION = Ids.kindBits("observation");
    private static final long IMMUNIZATION = Ids.kindBits("immunization");
    private static final long PROCEDURE = Ids.kindBits("procedure");
    private static final long PANEL = Ids.kindBits("panel");
    private final long patientBits;
    private int panels;

    Recorder(Chart chart) {
        this.chart = chart;
        this.patientBits = Ids.patientBits(chart.seed, chart.index);
        this.observations = new ArrayList<>(8 * chart.visits.size() + 8);
    }

    /** The id of the {@code ordinal}-th row of a kind, given as one of the kind constants here. */
    String id(long kindBits, int ordinal) {
        return Ids.of(patientBits, kindBits, ordinal);
    }

    /** A new id shared by the results of one panel or one blood-pressure reading. */
    String newPanelId() {
        return id(PANEL, panels++);
    }

    /** Records a measured value rounded to {@code scale} decimals, with an H/L/N flag when a range is given. */
    void observe(Visit visit, ObservationCategory category, Code code, double value, int scale, String unit,
            Instant at, Double low, Double high, Code panel, String panelId) {
        BigDecimal v = decimal(value, scale);
        Optional<BigDecimal> lo = Optional.ofNullable(low).map(x -> decimal(x, scale));
        Optional<BigDecimal> hi = Optional.ofNullable(high).map(x -> decimal(x, scale));
        Optional<String> flag = Optional.empty();
        if (lo.isPresent() || hi.isPresent()) {
            flag = Optional.of(lo.isPresent() && v.compareTo(lo.get()) < 0 ? "L"
                    : hi.isPresent() && v.compareTo(hi.get()) > 0 ? "H" : "N");
        }
        observations.add(new Observation(id(OBSERVATION, observations.size()), chart.patientId, visit.id, category,
                code, v, unit, at, lo, hi, flag, Optional.ofNullable(panel), Optional.ofNullable(panelId)));
    }

    /** A value rounded half-up to {@code scale} decimals, without going through text (which is slow). */
    static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(Math.round(value * POWERS[scale]), scale);
    }

    void immunize(Visit visit, Code vaccine, Instant at) {
        immunizations.add(new Immunization(id(IMMUNIZATION, immunizations.size()), chart.patientId, visit.id,
                vaccine, at));
    }

    void perform(Visit visit, Code code, Instant at, Diagnosis reason) {
        procedures.add(new Procedure(id(PROCEDURE, procedures.size()), chart.patientId, visit.id, code, at,
                Optional.ofNullable(reason).map(d -> d.id)));
    }
}
