package org.synthhealth.core.generate.clinical;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.synthhealth.core.generate.codes.Vaccines;
import org.synthhealth.core.model.Code;

/**
 * The age groups for which a COVID-19 vaccine was authorised in the US and the day each authorisation (an FDA
 * emergency use authorisation) took effect: 16 and over from 2020-12-11, 12 to 15 from 2021-05-10, 5 to 11 from
 * 2021-11-02 and 6 months to 4 years from 2022-06-17, the last two with lower-dose paediatric formulations. A child
 * under 12 is coded with CVX 213 (formulation unspecified), since the verified table holds no code for those.
 *
 * <p>Each group also carries the share of its members who completed a two-dose primary series (about what CDC
 * reported; far fewer young children than adults) and the days between the doses (three weeks, four for the
 * youngest, as in the two-dose series authorised for them).
 */
enum CovidAuthorisation {

    FROM_16(Period.ofYears(16), LocalDate.of(2020, 12, 11), Vaccines.COVID_MRNA, 0.6, 21),
    FROM_12(Period.ofYears(12), LocalDate.of(2021, 5, 10), Vaccines.COVID_MRNA, 0.5, 21),
    FROM_5(Period.ofYears(5), LocalDate.of(2021, 11, 2), Vaccines.COVID_UNSPECIFIED, 0.3, 21),
    FROM_6_MONTHS(Period.ofMonths(6), LocalDate.of(2022, 6, 17), Vaccines.COVID_UNSPECIFIED, 0.05, 28);

    final Period youngest;
    final LocalDate from;
    final Code vaccine;
    final double uptake;
    final int daysBetweenDoses;

    CovidAuthorisation(Period youngest, LocalDate from, Code vaccine, double uptake, int daysBetweenDoses) {
        this.youngest = youngest;
        this.from = from;
        this.vaccine = vaccine;
        this.uptake = uptake;
        this.daysBetweenDoses = daysBetweenDoses;
    }

    /** The first day a person born on {@code birth} could be vaccinated: old enough for a group already authorised. */
    static LocalDate firstEligible(LocalDate birth) {
        LocalDate first = LocalDate.MAX;
        for (CovidAuthorisation group : values()) {
            LocalDate oldEnough = birth.plus(group.youngest);
            LocalDate day = oldEnough.isAfter(group.from) ? oldEnough : group.from;
            if (day.isBefore(first)) {
                first = day;
            }
        }
        return first;
    }

    /** The age group of a person born on {@code birth} on {@code date}; empty when younger than 6 months. */
    static Optional<CovidAuthorisation> groupOn(LocalDate birth, LocalDate date) {
        for (CovidAuthorisation group : values()) {
            if (!birth.plus(group.youngest).isAfter(date)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }
}
