package org.synthhealth.core.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.Distribution;
import org.synthhealth.core.RaceCategory;
import org.synthhealth.core.generate.PatientConsumer;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Ethnicity;
import org.synthhealth.core.model.Labelled;
import org.synthhealth.core.model.Patient;

/**
 * Streams over a cohort and keeps only counts: rows per table, patients per category of every configured
 * distribution, and patients with each condition per age band. Memory depends on the number of categories and
 * condition keys, never on the number of patients.
 *
 * <p>A patient's age band is the band holding their age on the spec's reference date (for a deceased patient, the
 * age they would have reached). Not thread-safe: feed it from the thread that writes, in index order.
 */
public final class CohortProfile implements PatientConsumer {

    /** The tables, in the order reports list them. */
    public static final List<String> TABLES = List.of("patients", "encounters", "conditions", "medications",
            "allergies", "procedures", "immunizations", "observations", "deaths", "family_history");

    /** The label of ages that fall in no configured band. */
    public static final String OUTSIDE_BANDS = "outside bands";


    private final CohortSpec spec;
    private final long[] tableCounts = new long[TABLES.size()];
    private final List<Tally> tallies = new ArrayList<>();
    private final Tally ages;
    private final Map<String, long[]> conditionsByBand = new TreeMap<>();
    private final List<String> bandLabels = new ArrayList<>();
    private final PrevalenceOverrides overrides;
    private long patients;

    /** A profile comparing against {@code spec}'s distributions. */
    public CohortProfile(CohortSpec spec) {
        this.spec = spec;
        this.overrides = new PrevalenceOverrides(spec);
        for (AgeBand band : spec.ageDistribution().categories()) {
            bandLabels.add(band.label());
        }
        bandLabels.add(OUTSIDE_BANDS);
        ages = new Tally("age_dist", labelled(spec.ageDistribution()), this::bandLabel);
        tallies.add(ages);
        tallies.add(new Tally("gender_dist", labelled(spec.genderDistribution()),
                p -> p.demographics().sex().label()));
        tallies.add(new Tally("race_dist", raceWeights(spec.raceDistribution()), CohortProfile::raceLabel));
        tallies.add(new Tally("smoking_dist (adults)", labelled(spec.smokingDistribution()),
                p -> p.socialHistory().smoking().label(), this::isAdult));
        tallies.add(new Tally("alcohol_dist (adults)", labelled(spec.alcoholDistribution()),
                p -> p.socialHistory().alcohol().label(), this::isAdult));
        tallies.add(new Tally("education_dist (adults)", labelled(spec.educationDistribution()),
                p -> p.socialHistory().education().label(), this::isAdult));
        tallies.add(new Tally("employment_dist (adults)", labelled(spec.employmentDistribution()),
                p -> p.socialHistory().employment().label(), this::isAdult));
        tallies.add(new Tally("housing_dist", labelled(spec.housingDistribution()),
                p -> p.socialHistory().housing().label()));
    }

    /**
     * Smoking, alcohol, education and employment are drawn from their distributions for adults only (children do not
     * smoke and are at school), so those comparisons count patients aged 18 or more on the reference date.
     */
    private boolean isAdult(Patient patient) {
        // Social history describes the patient as last known: at death for those who died.
        return patient.lastAge(spec.referenceDate()) >= AgeBand.ADULT;
    }

    @Override
    public void accept(Patient patient) {
        patients++;
        tableCounts[0]++;
        tableCounts[1] += patient.encounters().size();
        tableCounts[2] += patient.conditions().size();
        tableCounts[3] += patient.medications().size();
        tableCounts[4] += patient.allergies().size();
        tableCounts[5] += patient.procedures().size();
        tableCounts[6] += patient.immunizations().size();
        tableCounts[7] += patient.observations().size();
        tableCounts[8] += patient.isDeceased() ? 1 : 0;
        tableCounts[9] += patient.familyHistory().size();
        for (Tally tally : tallies) {
            tally.add(patient);
        }
        overrides.add(patient);
        int band = bandLabels.indexOf(bandLabel(patient));
        for (String key : new TreeSet<>(patient.conditions().stream().map(Condition::key).toList())) {
            conditionsByBand.computeIfAbsent(key, k -> new long[bandLabels.size()])[band]++;
        }
    }

    /** How many patients were seen. */
    public long patients() {
        return patients;
    }

    /** Rows per table, in {@link #TABLES} order. */
    public Map<String, Long> tableCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < TABLES.size(); i++) {
            counts.put(TABLES.get(i), tableCounts[i]);
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Every configured distribution beside the realised shares: age, gender, race, the SDOH ones, then the
     * {@code condition_prevalence} overrides (share of adults with each condition) when there are any.
     */
    public List<DistributionComparison> distributions() {
        List<DistributionComparison> all = new ArrayList<>(tallies.stream().map(Tally::comparison).toList());
        overrides.comparison().ifPresent(all::add);
        return List.copyOf(all);
    }

    /** The age band labels {@link #conditionPrevalence()} is indexed by (the outside-bands column only when used). */
    public List<String> ageBands() {
        return usedBands();
    }

    /**
     * Per condition key (sorted), the share of patients in each age band of {@link #ageBands()} who have it at least
     * once; 0 for a band without patients.
     */
    public Map<String, List<Double>> conditionPrevalence() {
        List<String> used = usedBands();
        Map<String, List<Double>> shares = new LinkedHashMap<>();
        conditionsByBand.forEach((key, counts) -> {
            List<Double> row = new ArrayList<>();
            for (String band : used) {
                int i = bandLabels.indexOf(band);
                long inBand = ages.count(band);
                row.add(inBand == 0 ? 0.0 : (double) counts[i] / inBand);
            }
            shares.put(key, List.copyOf(row));
        });
        return Collections.unmodifiableMap(shares);
    }

    /** Per condition key, the number of patients in each age band of {@link #ageBands()} who have it. */
    public Map<String, List<Long>> conditionCounts() {
        List<String> used = usedBands();
        Map<String, List<Long>> result = new LinkedHashMap<>();
        conditionsByBand.forEach((key, counts) -> result.put(key,
                used.stream().map(band -> counts[bandLabels.indexOf(band)]).toList()));
        return Collections.unmodifiableMap(result);
    }

    private List<String> usedBands() {
        List<String> used = new ArrayList<>(bandLabels.subList(0, bandLabels.size() - 1));
        if (ages.count(OUTSIDE_BANDS) > 0) {
            used.add(OUTSIDE_BANDS);
        }
        return used;
    }

    private String bandLabel(Patient patient) {
        int age = patient.ageOn(spec.referenceDate());
        for (AgeBand band : spec.ageDistribution().categories()) {
            if (band.contains(age)) {
                return band.label();
            }
        }
        return OUTSIDE_BANDS;
    }

    /**
     * The report's name for a {@code race_dist} category, saying what it counts: {@code Hispanic} is drawn as an
     * ethnicity, so the Hispanic row counts patients of any race whose {@code ethnicity} is "Hispanic or Latino", and
     * every other row the non-Hispanic patients of its {@code race} (the rows of {@code patients.csv} with that race
     * and ethnicity "Not Hispanic or Latino"). The {@code race} column alone holds Hispanic patients too.
     */
    public static String raceCategoryLabel(RaceCategory category) {
        return category == RaceCategory.HISPANIC ? category.label() + " (any race)"
                : category.label() + " (non-Hispanic)";
    }

    private static String raceLabel(Patient patient) {
        if (patient.demographics().ethnicity() == Ethnicity.HISPANIC) {
            return raceCategoryLabel(RaceCategory.HISPANIC);
        }
        for (RaceCategory category : RaceCategory.values()) {
            if (category.race().filter(r -> r == patient.demographics().race()).isPresent()) {
                return raceCategoryLabel(category);
            }
        }
        return patient.demographics().race().label() + " (non-Hispanic)";
    }

    private static Map<String, Double> raceWeights(Distribution<RaceCategory> distribution) {
        Map<String, Double> weights = new LinkedHashMap<>();
        distribution.weights().forEach((category, w) -> weights.put(raceCategoryLabel(category), w));
        return weights;
    }

    private static Map<String, Double> labelled(Distribution<?> distribution) {
        Map<String, Double> weights = new LinkedHashMap<>();
        distribution.weights().forEach((k, w) -> weights.put(k instanceof Labelled l ? l.label() : k.toString(), w));
        return weights;
    }

    /** Patients per category of one distribution; categories outside the configured ones are kept in arrival order. */
    private final class Tally {
        private final String name;
        private final Map<String, Double> configured;
        private final Function<Patient, String> category;
        private final Map<String, Long> counts = new LinkedHashMap<>();

        private final Predicate<Patient> counted;
        private long seen;

        Tally(String name, Map<String, Double> configured, Function<Patient, String> category) {
            this(name, configured, category, p -> true);
        }

        Tally(String name, Map<String, Double> configured, Function<Patient, String> category,
                Predicate<Patient> counted) {
            this.name = name;
            this.configured = configured;
            this.category = category;
            this.counted = counted;
            configured.keySet().forEach(k -> counts.put(k, 0L));
        }

        void add(Patient patient) {
            if (counted.test(patient)) {
                seen++;
                counts.merge(category.apply(patient), 1L, Long::sum);
            }
        }

        long count(String label) {
            return counts.getOrDefault(label, 0L);
        }

        DistributionComparison comparison() {
            List<String> categories = new ArrayList<>(counts.keySet());
            List<Double> configuredShares = categories.stream().map(c -> configured.getOrDefault(c, 0.0)).toList();
            List<Double> realised = categories.stream()
                    .map(c -> seen == 0 ? 0.0 : (double) counts.get(c) / seen).toList();
            List<Long> n = categories.stream().map(counts::get).toList();
            return new DistributionComparison(name, categories, configuredShares, realised, n);
        }
    }
}
