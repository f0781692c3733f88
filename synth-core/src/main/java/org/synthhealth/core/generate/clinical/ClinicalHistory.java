package org.synthhealth.core.generate.clinical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.SplittableRandom;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.generate.PatientRandom;
import org.synthhealth.core.model.ClinicalStatus;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Death;
import org.synthhealth.core.model.Demographics;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.SocialHistory;

/**
 * Builds the clinical record of one patient from birth to the reference date (or death): conditions, death, the birth
 * stay, visits, vaccines, then the rows of each visit in time order. Thread-safe: all state lives in the per-patient
 * call.
 */
public final class ClinicalHistory {

    private final CohortSpec spec;
    private final long seed;
    private final ConditionPlanner conditions;
    private final DeathPlanner deaths;
    private final BirthStay births = new BirthStay();
    private final VisitPlanner visits = new VisitPlanner();
    private final ImmunizationPlanner vaccines = new ImmunizationPlanner();

    /** A builder for the spec's cohort, with prevalence calibrated once. */
    public ClinicalHistory(CohortSpec spec, long seed) {
        this.spec = spec;
        this.seed = seed;
        this.conditions = new ConditionPlanner(new Prevalence(spec));
        this.deaths = new DeathPlanner(!Double.valueOf(0).equals(spec.conditionPrevalence().get("pneumonia")));
    }

    /**
     * The record of the patient at {@code index}.
     *
     * @param forced condition keys the patient must have (targeted cohorts), in sorted order
     * @param deceased whether the patient must (true) or must not (false) have died; empty to let chance decide
     */
    public ClinicalRecord build(long index, String patientId, Demographics demographics, SocialHistory social,
            PatientRandom random, SortedSet<String> forced, Optional<Boolean> deceased) {
        int history = spec.clinicalComplexity() == ClinicalComplexity.LOW ? 3
                : spec.clinicalComplexity() == ClinicalComplexity.HIGH ? 8 : 5;
        Chart chart = new Chart(spec, seed, index, patientId, demographics, social, history);
        conditions.planChronic(chart, random.stream("conditions"), forced);
        deaths.plan(chart, random.stream("death"), deceased, forced);
        conditions.planAcute(chart, random.stream("acute"), forced);
        births.plan(chart, random.stream("birth"));
        visits.plan(chart, random.stream("visits"), forced);
        vaccines.plan(chart, random.stream("immunizations"));
        List<Code> allergySubstances = Allergies.choose(chart, random.stream("allergies"));

        chart.visits.sort(Comparator.comparing((Visit v) -> v.start).thenComparingInt(v -> v.sequence));
        Recorder rec = new Recorder(chart);
        List<Encounter> encounters = new ArrayList<>(chart.visits.size());
        for (Visit v : chart.visits) {
            v.id = rec.id(Recorder.ENCOUNTER, encounters.size());
            encounters.add(null);
        }
        chart.diagnoses.sort(Comparator.comparing((Diagnosis d) -> d.onset)
                .thenComparing(d -> d.diagnosedAt.start).thenComparingInt(d -> d.diagnosedAt.sequence));
        List<Condition> conditionRows = new ArrayList<>(chart.diagnoses.size());
        for (Diagnosis d : chart.diagnoses) {
            d.id = rec.id(Recorder.CONDITION, conditionRows.size());
            conditionRows.add(condition(chart, d));
        }
        for (int i = 0; i < chart.visits.size(); i++) {
            Visit v = chart.visits.get(i);
            encounters.set(i, new Encounter(v.id, patientId, v.encounterClass, v.start, v.end,
                    Optional.ofNullable(v.reason).map(d -> d.id), Staff.provider(chart, v), Staff.facility(chart, v)));
        }

        Allergies.record(rec, allergySubstances, chart.visits, random.stream("allergy-rows"));
        Body body = new Body(demographics.sex(), random.stream("body"));
        Kidneys kidneys = new Kidneys(demographics.sex(), random.stream("kidneys"));
        SplittableRandom vitals = random.stream("vitals");
        SplittableRandom labs = random.stream("labs");
        SplittableRandom meds = random.stream("medications");
        SplittableRandom procedures = random.stream("procedures");
        for (Visit v : chart.visits) {
            Vitals.record(rec, v, body, vitals);
            Labs.record(rec, v, kidneys, labs);
            for (Code vaccine : v.vaccines) {
                rec.immunize(v, vaccine, v.plusMinutes(v.vaccineMinutes));
            }
            Prescriber.record(rec, v, meds);
            Procedures.record(rec, v, procedures);
        }
        FamilyHistory.record(rec, random.stream("family"));
        Optional<Death> death = chart.deathDate.map(d -> new Death(patientId, chart.deathInstant,
                chart.deathCause.id, chart.deathCause.definition.icd10()));
        return new ClinicalRecord(encounters, conditionRows, rec.medications, rec.allergies, rec.procedures,
                rec.immunizations, rec.observations, death, rec.familyHistory);
    }

    private static Condition condition(Chart chart, Diagnosis d) {
        Optional<LocalDate> resolution = d.resolution;
        if (resolution.isPresent() && chart.deathDate.isPresent() && resolution.get().isAfter(chart.deathDate.get())) {
            resolution = Optional.empty();
        }
        return new Condition(d.id, chart.patientId, d.diagnosedAt.id, d.key(), d.definition.name(),
                d.definition.icd10(), d.definition.snomed(), d.definition.chronic(),
                resolution.isPresent() ? ClinicalStatus.RESOLVED : ClinicalStatus.ACTIVE, d.onset, resolution);
    }
}
