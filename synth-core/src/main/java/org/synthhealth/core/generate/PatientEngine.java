package org.synthhealth.core.generate;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.Requirements;
import org.synthhealth.core.generate.clinical.ClinicalHistory;
import org.synthhealth.core.generate.clinical.ClinicalRecord;
import org.synthhealth.core.generate.codes.ConditionDefinition;
import org.synthhealth.core.generate.people.DemographicsGenerator;
import org.synthhealth.core.generate.people.SocialHistoryGenerator;
import org.synthhealth.core.model.Demographics;
import org.synthhealth.core.model.Ids;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.model.Sex;
import org.synthhealth.core.model.SmokingStatus;
import org.synthhealth.core.model.SocialHistory;

/**
 * Generates one patient from {@code (seed, index)} alone. Thread-safe; holds no mutable state between calls.
 *
 * <p>A targeted cohort (the spec's {@link Requirements}) is met by conditioning, not by rejection: the age is drawn
 * inside the required range, the sex is fixed, required conditions are always present with a plausible onset, and
 * death is forced or ruled out. Every patient therefore meets the requirements and is still a pure function of the
 * seed and index.
 */
public final class PatientEngine {

    private final CohortSpec spec;
    private final long seed;
    private final DemographicsGenerator demographics;
    private final SocialHistoryGenerator social;
    private final ClinicalHistory clinical;
    private final SortedSet<String> forced = new TreeSet<>();
    private final int minAge;
    private final int maxAge;

    /**
     * An engine for the spec and resolved seed.
     *
     * @throws org.synthhealth.core.InvalidInputException when the spec's requirements can never be met
     */
    public PatientEngine(CohortSpec spec, long seed) {
        this.spec = spec;
        this.seed = seed;
        Requirements req = spec.requirements();
        RequirementMatcher.validate(spec);
        int oldest = spec.ageDistribution().categories().stream().mapToInt(AgeBand::high).max().orElse(100);
        int youngest = 0;
        for (String text : req.conditions()) {
            ConditionDefinition def = RequirementMatcher.resolveCondition(text);
            forced.add(def.key());
            youngest = Math.max(youngest, def.minOnsetAge());
        }
        this.minAge = Math.max(youngest, req.minAge().orElse(0));
        this.maxAge = req.maxAge().orElse(Math.max(oldest, minAge));
        this.demographics = new DemographicsGenerator(spec, seed);
        this.social = new SocialHistoryGenerator(spec, minAge, maxAge);
        this.clinical = new ClinicalHistory(spec, seed);
    }

    /** The patient at {@code index}; the same for the same spec, seed and index on any thread or machine. */
    public Patient generate(long index) {
        PatientRandom random = new PatientRandom(seed, index);
        SplittableRandom basics = random.stream("basics");
        Sex sex = demographics.sex(basics, spec.requirements().sex());
        int age = demographics.age(basics, minAge, maxAge);
        LocalDate birth = demographics.birthDate(basics, age);
        Demographics who = demographics.demographics(random.stream("identity"), index, sex, birth);
        SocialHistory sdoh = social.generate(random.stream("social"), age);
        if (forced.contains("nicotine_dependence") && sdoh.smoking() != SmokingStatus.CURRENT) {
            sdoh = new SocialHistory(SmokingStatus.CURRENT, sdoh.alcohol(), sdoh.education(), sdoh.employment(),
                    sdoh.housing());
        }
        String id = Ids.patient(seed, index);
        ClinicalRecord record = clinical.build(index, id, who, sdoh, random, forced, spec.requirements().deceased());
        if (record.death().isPresent()) {
            LocalDate deathDate = LocalDate.ofInstant(record.death().get().dateTime(), ZoneOffset.UTC);
            int ageAtDeath = Period.between(birth, deathDate).getYears();
            sdoh = SocialHistoryGenerator.asOfDeath(sdoh, ageAtDeath);
            who = DemographicsGenerator.asOfDeath(who, ageAtDeath, deathDate.getYear());
        }
        Patient patient = new Patient(id, index, who, sdoh, record.encounters(), record.conditions(),
                record.medications(), record.allergies(), record.procedures(), record.immunizations(),
                record.observations(), record.death(), record.familyHistory());
        if (!forced.isEmpty() || !spec.requirements().isEmpty()) {
            if (!RequirementMatcher.matches(patient, spec.requirements(), spec.referenceDate())) {
                throw new IllegalStateException("engine produced patient " + index + " outside the requirements "
                        + spec.requirements());
            }
        }
        return patient;
    }

    /** The spec this engine generates for. */
    public CohortSpec spec() {
        return spec;
    }

    /** The resolved seed. */
    public long seed() {
        return seed;
    }
}
