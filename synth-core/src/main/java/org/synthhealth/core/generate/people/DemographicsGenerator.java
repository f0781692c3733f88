package org.synthhealth.core.generate.people;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.Distribution;
import org.synthhealth.core.RaceCategory;
import org.synthhealth.core.model.Address;
import org.synthhealth.core.model.Demographics;
import org.synthhealth.core.model.Ethnicity;
import org.synthhealth.core.model.MaritalStatus;
import org.synthhealth.core.model.Race;
import org.synthhealth.core.model.Sex;

/**
 * Draws who a patient is: sex, age, race and ethnicity from the spec's distributions, then name, identifiers and
 * contact details. Identifiers are synthetic by construction: SSN area numbers 900-999 are never issued, telephone
 * numbers use the fictional 555-0100 to 555-0199 lines, e-mail addresses use the reserved {@code example} domains.
 * SSNs are unique within a cohort (see {@link SocialSecurityNumbers}).
 */
public final class DemographicsGenerator {

    private static final List<String> PRIVATE_PAYERS = List.of("Blue Cross Blue Shield", "Aetna",
            "UnitedHealthcare", "Cigna", "Humana", "Kaiser Permanente");
    private static final List<String> MAIL_DOMAINS = List.of("example.com", "example.org", "example.net");
    /** The share married at each age from 18 to 24. */
    /** The first year Medicare and Medicaid paid benefits. */
    static final int PUBLIC_COVERAGE_YEAR = 1966;
    private static final double[] YOUNG_MARRIED = {0.01, 0.02, 0.05, 0.07, 0.10, 0.13, 0.16};

    private final CohortSpec spec;
    private final SocialSecurityNumbers ssns;
    private final Distribution<RaceCategory> raceWithoutHispanic;

    /** A generator for the spec's population in the cohort generated with {@code seed}. */
    public DemographicsGenerator(CohortSpec spec, long seed) {
        this.spec = spec;
        this.ssns = new SocialSecurityNumbers(seed);
        Map<RaceCategory, Double> others = withoutHispanic(spec.raceDistribution());
        // A cohort configured as all Hispanic still needs races: they come from the default shares, not all White.
        this.raceWithoutHispanic = Distribution.of(others.values().stream().mapToDouble(Double::doubleValue).sum() > 0
                ? others : withoutHispanic(CohortSpec.builder().build().raceDistribution()));
    }

    private static Map<RaceCategory, Double> withoutHispanic(Distribution<RaceCategory> races) {
        Map<RaceCategory, Double> others = new LinkedHashMap<>();
        races.weights().forEach((k, w) -> {
            if (k != RaceCategory.HISPANIC) {
                others.put(k, w);
            }
        });
        return others;
    }

    /** The sex of a new patient, unless a targeted cohort fixes it. */
    public Sex sex(SplittableRandom random, Optional<Sex> required) {
        return required.orElseGet(() -> spec.genderDistribution().sample(random.nextDouble()));
    }

    /** An age on the reference date, drawn from the age bands restricted to {@code [minAge, maxAge]}. */
    public int age(SplittableRandom random, int minAge, int maxAge) {
        Map<AgeBand, Double> weights = spec.ageDistribution().weights();
        double total = 0;
        for (Map.Entry<AgeBand, Double> e : weights.entrySet()) {
            total += e.getValue() * overlap(e.getKey(), minAge, maxAge);
        }
        if (total <= 0) {
            return minAge + random.nextInt(maxAge - minAge + 1);
        }
        double u = random.nextDouble() * total;
        AgeBand chosen = null;
        for (Map.Entry<AgeBand, Double> e : weights.entrySet()) {
            double w = e.getValue() * overlap(e.getKey(), minAge, maxAge);
            if (w > 0) {
                chosen = e.getKey();
                if (u < w) {
                    break;
                }
                u -= w;
            }
        }
        int low = Math.max(chosen.low(), minAge);
        int high = Math.min(chosen.high(), maxAge);
        return AgeWithinBand.draw(random, low, high);
    }

    /** A birth date that makes the patient exactly {@code age} on the reference date, and before it. */
    public LocalDate birthDate(SplittableRandom random, int age) {
        LocalDate ref = spec.referenceDate();
        long span = ChronoUnit.DAYS.between(ref.minusYears(age + 1L), ref.minusYears(age));
        return ref.minusYears(age).minusDays(1 + random.nextLong(span - 1));
    }

    /** Everything else about the patient, given sex and birth date. */
    public Demographics demographics(SplittableRandom random, long index, Sex sex, LocalDate birthDate) {
        RaceCategory category = spec.raceDistribution().sample(random.nextDouble());
        Ethnicity ethnicity = category == RaceCategory.HISPANIC ? Ethnicity.HISPANIC : Ethnicity.NOT_HISPANIC;
        Race race = category.race().orElseGet(() -> raceWithoutHispanic.sample(random.nextDouble()).race()
                .orElse(Race.OTHER));
        int age = (int) ChronoUnit.YEARS.between(birthDate, spec.referenceDate());

        String first = Names.given(random, sex, race, ethnicity);
        Optional<String> middle = random.nextDouble() < 0.6
                ? Optional.of(Names.middle(random, sex, race, ethnicity, first)) : Optional.empty();
        String last = Names.family(random, race, ethnicity);
        Address address = Places.address(random);

        skipRetiredSsnDraws(random);
        String ssn = ssns.of(index);
        String phone = Places.areaCode(address) + "-555-01" + digits(random.nextInt(100), 2);
        // The patient's number after the name makes every address of a cohort its own; names hold no digits.
        String email = ascii(first) + "." + ascii(last) + (index + 1) + "@" + Names.pick(random, MAIL_DOMAINS);
        return new Demographics(Long.toString(1_000_000_000L + index), ssn, first, middle, last, sex, birthDate,
                race, ethnicity, language(random, race, ethnicity), marital(random, age, sex), phone, email,
                address, insurance(random, age, spec.referenceDate().getYear()));
    }

    private static double overlap(AgeBand band, int min, int max) {
        int low = Math.max(band.low(), min);
        int high = Math.min(band.high(), max);
        return high < low ? 0 : AgeWithinBand.share(band.low(), band.high(), low, high);
    }

    /**
     * Makes the three draws that SSNs took from this stream before they came from {@link SocialSecurityNumbers}, so
     * that the phone, e-mail, language, marital status and insurance drawn after them stay what they were.
     */
    private static void skipRetiredSsnDraws(SplittableRandom random) {
        random.nextInt(100);
        random.nextInt(99);
        random.nextInt(9999);
    }

    /** {@code value} with leading zeros to {@code width} digits; a pattern-free {@code %0Nd}, run once per patient. */
    private static String digits(int value, int width) {
        String text = Integer.toString(value);
        return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
    }

    /** The letters and digits of {@code name}, unaccented and lower case: "Zoë O'Brien" gives "zoeobrien". */
    private static String ascii(String name) {
        // Decomposing first turns an accented letter into its base letter and a combining mark, which is dropped.
        String lower = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static String language(SplittableRandom random, Race race, Ethnicity ethnicity) {
        double u = random.nextDouble();
        if (ethnicity == Ethnicity.HISPANIC) {
            return u < 0.35 ? "es" : "en";
        }
        if (race == Race.ASIAN) {
            return u < 0.08 ? "zh" : u < 0.14 ? "vi" : u < 0.18 ? "ko" : u < 0.22 ? "tl" : "en";
        }
        return u < 0.01 ? "fr" : "en";
    }

    /**
     * The demographics as last recorded for a patient who died: drawn for the age on the reference date, they could
     * say Medicare for someone who died before 65 (Medicaid instead), Medicare or Medicaid for someone who died before
     * they began (self-pay instead), married for a child or widowed for someone who died before 25 (never married
     * instead).
     */
    public static Demographics asOfDeath(Demographics who, int ageAtDeath, int deathYear) {
        String insurance = who.insurance().equals("Medicare") && ageAtDeath < 65 ? "Medicaid" : who.insurance();
        if (deathYear < PUBLIC_COVERAGE_YEAR && (insurance.equals("Medicare") || insurance.equals("Medicaid"))) {
            insurance = "Self-pay";
        }
        boolean youngWidow = ageAtDeath < 25 && who.maritalStatus() == MaritalStatus.WIDOWED;
        MaritalStatus marital = ageAtDeath < 18 || youngWidow ? MaritalStatus.NEVER_MARRIED : who.maritalStatus();
        if (insurance.equals(who.insurance()) && marital == who.maritalStatus()) {
            return who;
        }
        return new Demographics(who.mrn(), who.ssn(), who.firstName(), who.middleName(), who.lastName(), who.sex(),
                who.birthDate(), who.race(), who.ethnicity(), who.language(), marital, who.phone(), who.email(),
                who.address(), insurance);
    }

    /**
     * Under 25 marriage is rare and rises year by year (US survey figures put it at a few per cent at 18-19, about
     * 5 % at 20 and near 10 % across 20-24) and widowhood is essentially absent; from 25 the shares are by age band.
     */
    private static MaritalStatus marital(SplittableRandom random, int age, Sex sex) {
        if (age < 18) {
            return MaritalStatus.NEVER_MARRIED;
        }
        double u = random.nextDouble();
        if (age < 25) {
            return youngAdultMarital(u, age);
        }
        double never = age < 35 ? 0.45 : age < 50 ? 0.22 : 0.10;
        double widowed = age < 50 ? 0.01 : age < 65 ? 0.04 : age < 75 ? (sex == Sex.FEMALE ? 0.20 : 0.08)
                : (sex == Sex.FEMALE ? 0.45 : 0.18);
        double divorced = age < 35 ? 0.06 : 0.13;
        double separated = 0.02;
        if (u < never) {
            return MaritalStatus.NEVER_MARRIED;
        } else if (u < never + widowed) {
            return MaritalStatus.WIDOWED;
        } else if (u < never + widowed + divorced) {
            return MaritalStatus.DIVORCED;
        } else if (u < never + widowed + divorced + separated) {
            return MaritalStatus.SEPARATED;
        }
        return MaritalStatus.MARRIED;
    }

    /** The status of an 18- to 24-year-old from the uniform draw {@code u}; never widowed. */
    private static MaritalStatus youngAdultMarital(double u, int age) {
        double married = YOUNG_MARRIED[age - 18];
        double divorced = age < 20 ? 0.002 : 0.01;
        double separated = age < 20 ? 0.002 : 0.005;
        if (u < married) {
            return MaritalStatus.MARRIED;
        } else if (u < married + divorced) {
            return MaritalStatus.DIVORCED;
        } else if (u < married + divorced + separated) {
            return MaritalStatus.SEPARATED;
        }
        return MaritalStatus.NEVER_MARRIED;
    }

    /**
     * The payer on the reference date. Medicare and Medicaid paid their first benefits in 1966; before that, the
     * share they would have covered is privately insured or pays for itself (about half of people over 65 had hospital
     * insurance in the early 1960s).
     */
    private static String insurance(SplittableRandom random, int age, int year) {
        double u = random.nextDouble();
        if (year < PUBLIC_COVERAGE_YEAR) {
            double publicShare = age >= 65 ? 1 : age < 18 ? 0.40 : 0.17;
            return u >= publicShare ? insuranceFrom(random, age, u)
                    : u < publicShare / 2 ? Names.pick(random, PRIVATE_PAYERS) : "Self-pay";
        }
        return insuranceFrom(random, age, u);
    }

    private static String insuranceFrom(SplittableRandom random, int age, double u) {
        if (age >= 65) {
            return "Medicare";
        }
        if (age < 18) {
            return u < 0.40 ? "Medicaid" : u < 0.95 ? Names.pick(random, PRIVATE_PAYERS) : "Self-pay";
        }
        return u < 0.17 ? "Medicaid" : u < 0.92 ? Names.pick(random, PRIVATE_PAYERS) : "Self-pay";
    }
}
