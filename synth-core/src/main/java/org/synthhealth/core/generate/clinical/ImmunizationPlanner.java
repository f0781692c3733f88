package org.synthhealth.core.generate.clinical;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.synthhealth.core.generate.codes.VaccineIntroductions;
import org.synthhealth.core.generate.codes.Vaccines;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.EncounterClass;

/**
 * Places vaccines on the CDC schedule: hepatitis B in the birth stay within 24 hours of birth ({@link BirthStay}), at
 * 2 and 6 months; MMR and varicella at 12 months and 4 years; Tdap and HPV at 11 (HPV's second dose at 12); a yearly
 * influenza shot in the autumn from 6 months (two, four to six weeks apart, in a child's first season before 9); Td
 * boosters for adults; zoster from 50 and pneumococcal vaccines from 65 (PCV13 then PPSV23 from September 2014,
 * PCV20 alone from ACIP's recommendation of 20 October 2021); two COVID-19 doses once the patient's age group was
 * authorised ({@link CovidAuthorisation}). About one child in ten misses some doses.
 *
 * <p>No vaccine is given before it existed in the US ({@link VaccineIntroductions}): a dose that would fall earlier is
 * not given, and no vaccination visit is planned for it. Where the schedule switched products (HPV, zoster,
 * pneumococcal, influenza) the product in use on the date is chosen first, so a dose is dropped only when no product
 * was available yet.
 */
final class ImmunizationPlanner {

    /** The length of a visit only to give a vaccine. */
    private static final int VACCINATION_MINUTES = 15;
    private static final LocalDate HPV9_START = LocalDate.of(2015, 1, 1);
    private static final LocalDate ZOSTER_RECOMBINANT_START = LocalDate.of(2018, 1, 1);
    private static final LocalDate PCV13_ADULT_START = LocalDate.of(2014, 9, 1);
    private static final LocalDate PCV20_ADULT_START = LocalDate.of(2021, 10, 20);
    /** When adults at large could get a dose; the first authorisation (December 2020) served priority groups. */
    private static final LocalDate COVID_START = LocalDate.of(2021, 3, 1);

    void plan(Chart chart, SplittableRandom random) {
        // The schedule's doses are given at wellness visits and, for the birth dose, in the birth stay.
        List<Visit> scheduled = new ArrayList<>();
        for (Visit v : chart.visits) {
            if (v.purpose == Purpose.WELLNESS || v.purpose == Purpose.BIRTH) {
                scheduled.add(v);
            }
        }
        scheduled.sort(Comparator.comparing((Visit v) -> v.start).thenComparingInt(v -> v.sequence));
        boolean compliant = random.nextDouble() < 0.9;
        LocalDate lastTd = null;
        LocalDate pcv = null;
        boolean pneumococcalDone = false;
        boolean zoster = false;
        for (Visit visit : scheduled) {
            LocalDate date = visit.date();
            long months = ChronoUnit.MONTHS.between(chart.birth, date);
            int age = chart.age(date);
            if (age < 18) {
                child(visit, random, compliant, months, age, date);
                if (age == 11 && visit.vaccines.contains(Vaccines.TDAP)) {
                    lastTd = date;
                }
                continue;
            }
            if ((lastTd == null || ChronoUnit.YEARS.between(lastTd, date) >= 10) && random.nextDouble() < 0.12
                    && give(visit, Vaccines.TD)) {
                lastTd = date;
            }
            if (!zoster && age >= 50 && !date.isBefore(ZOSTER_RECOMBINANT_START) && random.nextDouble() < 0.35) {
                zoster = give(visit, Vaccines.ZOSTER_RECOMBINANT);
                LocalDate second = date.plusDays(60 + random.nextInt(120));
                int time = VisitPlanner.daytime(random);
                vaccinate(chart, Vaccines.ZOSTER_RECOMBINANT, chart.clinicDay(second, time, VACCINATION_MINUTES), time);
            } else if (!zoster && age >= 60 && VaccineIntroductions.available(Vaccines.ZOSTER_LIVE, date)
                    && date.isBefore(ZOSTER_RECOMBINANT_START) && random.nextDouble() < 0.3) {
                zoster = give(visit, Vaccines.ZOSTER_LIVE);
            }
            if (age >= 65) {
                if (pcv == null && !pneumococcalDone && random.nextDouble() < 0.7) {
                    if (date.isBefore(PCV13_ADULT_START)) {
                        pneumococcalDone = give(visit, Vaccines.PPSV23);
                    } else if (!date.isBefore(PCV20_ADULT_START)) {
                        pneumococcalDone = give(visit, Vaccines.PCV20);
                    } else if (give(visit, Vaccines.PCV13)) {
                        pcv = date;
                    }
                } else if (pcv != null && !pneumococcalDone && ChronoUnit.DAYS.between(pcv, date) >= 330) {
                    pneumococcalDone = give(visit, Vaccines.PPSV23);
                }
            }
        }
        influenza(chart, random);
        covid(chart, random);
    }

    private static void child(Visit visit, SplittableRandom random, boolean compliant, long months, int age,
            LocalDate date) {
        List<Code> due = new ArrayList<>();
        if (visit.purpose == Purpose.BIRTH || months == 2 || months == 6) {
            due.add(Vaccines.HEPB_PEDIATRIC);
        } else if (months == 12) {
            due.add(Vaccines.MMR);
            due.add(Vaccines.VARICELLA);
        } else if (age == 4) {
            due.add(Vaccines.MMR);
            due.add(Vaccines.VARICELLA);
        } else if (age == 11) {
            due.add(Vaccines.TDAP);
            hpv(date).ifPresent(due::add);
        } else if (age == 12) {
            hpv(date).ifPresent(due::add);
        }
        for (Code vaccine : due) {
            if (compliant || random.nextDouble() < 0.6) {
                give(visit, vaccine);
            }
        }
    }

    private static Optional<Code> hpv(LocalDate date) {
        if (!VaccineIntroductions.available(Vaccines.HPV4, date)) {
            return Optional.empty();
        }
        return Optional.of(date.isBefore(HPV9_START) ? Vaccines.HPV4 : Vaccines.HPV9);
    }

    /**
     * A yearly autumn dose from six months of age. A child under 9 in the season of their first influenza vaccine
     * gets a second dose four to six weeks later, as the CDC schedule asks; a child's record starts at birth, so the
     * first season is known (an adult's record, which starts later, has no child's first season in it).
     */
    private static void influenza(Chart chart, SplittableRandom random) {
        // A child's vaccines are recorded from birth, as the other childhood vaccines are.
        LocalDate from = chart.recordedFromBirth() ? chart.birth : chart.windowStart;
        boolean vaccinatedBefore = from.isAfter(chart.birth);
        for (int year = from.getYear(); year <= chart.lastVisitDate.getYear(); year++) {
            LocalDate date = LocalDate.of(year, 9, 15).plusDays(random.nextInt(92));
            int time = VisitPlanner.daytime(random);
            double u = random.nextDouble();
            if (date.isBefore(from) || date.isBefore(chart.birth.plusMonths(6))) {
                continue;
            }
            int age = chart.age(date);
            double chance = age < 18 ? 0.55 : age < 65 ? 0.40 : 0.70;
            if (u < chance) {
                Code vaccine = year >= 2013 && year <= 2023 ? Vaccines.FLU_QUADRIVALENT : Vaccines.FLU;
                LocalDate day = chart.clinicDay(date, time, VACCINATION_MINUTES);
                boolean given = vaccinate(chart, vaccine, day, time);
                if (given && !vaccinatedBefore && age < 9) {
                    secondInfluenzaDose(chart, vaccine, day, 28 + random.nextInt(15), time);
                }
                vaccinatedBefore |= given;
            }
        }
    }

    /**
     * The second dose of a child's first season, {@code days} after the first or, when the patient is busy that day
     * (in hospital, say), on another day four to six weeks after it.
     */
    private static void secondInfluenzaDose(Chart chart, Code vaccine, LocalDate first, int days, int time) {
        for (int i = 0; i <= 14; i++) {
            if (vaccinate(chart, vaccine, first.plusDays(28 + (days - 28 + i) % 15), time)) {
                return;
            }
        }
    }

    /**
     * Two doses within six months of the day the patient could first have one (not before March 2021), with the
     * uptake, formulation and interval of their age group on the day; a child who turns 12 between the doses gets the
     * adolescent formulation for the second.
     */
    private static void covid(Chart chart, SplittableRandom random) {
        LocalDate eligible = CovidAuthorisation.firstEligible(chart.birth);
        LocalDate date = (eligible.isAfter(COVID_START) ? eligible : COVID_START).plusDays(random.nextInt(180));
        double u = random.nextDouble();
        CovidAuthorisation group = CovidAuthorisation.groupOn(chart.birth, date).orElseThrow();
        if (u >= group.uptake || date.isBefore(chart.windowStart)) {
            return;
        }
        int time = VisitPlanner.daytime(random);
        covidDose(chart, date, time).ifPresent(first -> covidDose(chart, first.plusDays(group.daysBetweenDoses), time));
    }

    /**
     * A COVID-19 dose on {@code date} or, when the patient is busy then (in hospital, say), on the first free day of
     * the fortnight after it, in the formulation of the patient's age group on the day given; the day, if given.
     */
    private static Optional<LocalDate> covidDose(Chart chart, LocalDate date, int time) {
        for (LocalDate day = date; day.isBefore(date.plusDays(14)); day = day.plusDays(1)) {
            Code vaccine = CovidAuthorisation.groupOn(chart.birth, day).orElseThrow().vaccine;
            if (vaccinate(chart, vaccine, day, time)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** Gives {@code vaccine} at {@code visit} if it existed on the visit's date; says whether it was given. */
    private static boolean give(Visit visit, Code vaccine) {
        if (!VaccineIntroductions.available(vaccine, visit.date())) {
            return false;
        }
        visit.vaccines.add(vaccine);
        return true;
    }

    /**
     * Plans a 15-minute visit only to give {@code vaccine}, unless the vaccine did not exist yet on {@code date}, the
     * date lies outside the record or the patient has no free time that day: a vaccine is chosen for its day.
     */
    private static boolean vaccinate(Chart chart, Code vaccine, LocalDate date, int startMinute) {
        if (!VaccineIntroductions.available(vaccine, date)) {
            return false;
        }
        Optional<Visit> visit = chart.visitOn(Purpose.VACCINATION, EncounterClass.AMBULATORY, date, startMinute,
                VACCINATION_MINUTES, null);
        visit.ifPresent(v -> v.vaccines.add(vaccine));
        return visit.isPresent();
    }
}
