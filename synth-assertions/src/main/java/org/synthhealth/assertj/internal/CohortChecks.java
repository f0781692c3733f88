package org.synthhealth.assertj.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.synthhealth.core.Requirements;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.Patient;

/**
 * Finds the violations behind the cohort assertions; each violation is one line naming the patient and the row.
 */
public final class CohortChecks {

    private CohortChecks() {
    }

    /** Rows whose patient, visit, condition or death references point at nothing, and ids used twice. */
    public static List<String> referentialIntegrity(List<Patient> patients) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Patient p : patients) {
            Set<String> encounters = ids(p.encounters(), Encounter::id);
            Set<String> conditions = ids(p.conditions(), Condition::id);
            Rows rows = new Rows(p, problems, seen);
            rows.unique("patient", p.id());
            p.encounters().forEach(e -> {
                rows.owned("encounter", e.id(), e.patientId());
                e.reasonConditionId().ifPresent(c -> rows.points("encounter", e.id(), "reason condition", c,
                        conditions));
            });
            p.conditions().forEach(c -> rows.clinical("condition", c.id(), c.patientId(), c.encounterId(),
                    encounters));
            p.medications().forEach(m -> {
                rows.clinical("medication", m.id(), m.patientId(), m.encounterId(), encounters);
                rows.points("medication", m.id(), "treated condition", m.conditionId(), conditions);
            });
            p.allergies().forEach(a -> rows.clinical("allergy", a.id(), a.patientId(), a.encounterId(), encounters));
            p.procedures().forEach(x -> {
                rows.clinical("procedure", x.id(), x.patientId(), x.encounterId(), encounters);
                x.reasonConditionId().ifPresent(c -> rows.points("procedure", x.id(), "reason condition", c,
                        conditions));
            });
            p.immunizations().forEach(i -> rows.clinical("immunization", i.id(), i.patientId(), i.encounterId(),
                    encounters));
            p.observations().forEach(o -> rows.clinical("observation", o.id(), o.patientId(), o.encounterId(),
                    encounters));
            p.familyHistory().forEach(f -> rows.owned("family history", f.id(), f.patientId()));
            p.death().ifPresent(d -> {
                if (!d.patientId().equals(p.id())) {
                    problems.add("patient " + p.id() + ": death names patient " + d.patientId());
                }
                rows.points("death", "", "cause condition", d.causeConditionId(), conditions);
            });
        }
        return problems;
    }

    /** Events before birth, after the reference date or after death, and visits or rows that end before they start. */
    public static List<String> timelines(List<Patient> patients, LocalDate referenceDate) {
        List<String> problems = new ArrayList<>();
        Instant worldEnd = referenceDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (Patient p : patients) {
            LocalDate birth = p.demographics().birthDate();
            Instant born = birth.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant end = p.death().map(d -> d.dateTime()).orElse(worldEnd);
            Events events = new Events(p, problems);
            if (birth.isAfter(referenceDate)) {
                problems.add("patient " + p.id() + ": born " + birth + ", after the reference date " + referenceDate);
            }
            p.death().ifPresent(d -> events.within("death", "", d.dateTime(), born, worldEnd));
            for (Encounter e : p.encounters()) {
                events.within("encounter", e.id(), e.start(), born, end);
                if (e.end().isBefore(e.start())) {
                    problems.add("patient " + p.id() + ": encounter " + e.id() + " ends " + e.end()
                            + ", before it starts " + e.start());
                }
            }
            p.observations().forEach(o -> events.within("observation", o.id(), o.effective(), born, end));
            p.procedures().forEach(x -> events.within("procedure", x.id(), x.performed(), born, end));
            p.immunizations().forEach(i -> events.within("immunization", i.id(), i.occurred(), born, end));
            p.conditions().forEach(c -> {
                events.onOrAfter("condition", c.id(), "onset", c.onsetDate(), birth);
                c.resolutionDate().ifPresent(r -> events.onOrAfter("condition", c.id(), "resolution", r,
                        c.onsetDate()));
            });
            p.medications().forEach(m -> {
                events.onOrAfter("medication", m.id(), "start", m.startDate(), birth);
                m.endDate().ifPresent(x -> events.onOrAfter("medication", m.id(), "end", x, m.startDate()));
            });
        }
        return problems;
    }

    /** Patients that miss a requirement of a targeted cohort, with the requirement they miss. */
    public static List<String> requirements(List<Patient> patients, Requirements required, LocalDate referenceDate) {
        List<String> problems = new ArrayList<>();
        for (Patient p : patients) {
            int age = p.ageOn(referenceDate);
            String who = "patient " + p.id() + ": ";
            required.minAge().filter(min -> age < min).ifPresent(min -> problems.add(who + "age " + age
                    + " is below minAge " + min));
            required.maxAge().filter(max -> age > max).ifPresent(max -> problems.add(who + "age " + age
                    + " is above maxAge " + max));
            required.sex().filter(s -> s != p.demographics().sex()).ifPresent(s -> problems.add(who + "sex "
                    + p.demographics().sex().label() + ", required " + s.label()));
            required.deceased().filter(d -> d != p.isDeceased()).ifPresent(d -> problems.add(who
                    + (d ? "alive, required deceased" : "deceased, required alive")));
            for (String condition : required.conditions()) {
                if (p.conditions().stream().noneMatch(c -> matches(c, condition))) {
                    problems.add(who + "has no condition matching \"" + condition + "\" (has "
                            + p.conditions().stream().map(Condition::key).distinct().collect(Collectors.joining(", "))
                            + ")");
                }
            }
        }
        return problems;
    }

    /** Whether a condition matches a requirement by key, ICD-10-CM code, SNOMED CT code or name. */
    public static boolean matches(Condition c, String wanted) {
        String w = wanted.strip().toLowerCase(Locale.ROOT);
        return c.key().toLowerCase(Locale.ROOT).equals(w) || c.icd10().code().toLowerCase(Locale.ROOT).equals(w)
                || c.snomed().code().equals(w) || c.name().toLowerCase(Locale.ROOT).equals(w);
    }

    /** At most {@code limit} lines, then how many more there are. */
    public static String listed(List<String> problems, int limit) {
        StringBuilder out = new StringBuilder();
        problems.stream().limit(limit).forEach(p -> out.append(System.lineSeparator()).append("  - ").append(p));
        if (problems.size() > limit) {
            out.append(System.lineSeparator()).append("  ... and ").append(problems.size() - limit).append(" more");
        }
        return out.toString();
    }

    private static <T> Set<String> ids(List<T> rows, Function<T, String> id) {
        return rows.stream().map(id).collect(Collectors.toSet());
    }

    /** Reference checks for one patient's rows. */
    private record Rows(Patient p, List<String> problems, Set<String> seen) {

        void unique(String kind, String id) {
            if (!seen.add(id)) {
                problems.add("patient " + p.id() + ": " + kind + " id " + id + " is used twice in the cohort");
            }
        }

        void owned(String kind, String id, String patientId) {
            unique(kind, id);
            if (!patientId.equals(p.id())) {
                problems.add("patient " + p.id() + ": " + kind + " " + id + " names patient " + patientId);
            }
        }

        void clinical(String kind, String id, String patientId, String encounterId, Set<String> encounters) {
            owned(kind, id, patientId);
            points(kind, id, "encounter", encounterId, encounters);
        }

        void points(String kind, String id, String what, String target, Set<String> targets) {
            if (!targets.contains(target)) {
                problems.add("patient " + p.id() + ": " + kind + (id.isEmpty() ? "" : " " + id) + " refers to "
                        + what + " " + target + ", which the patient does not have");
            }
        }
    }

    /** Time checks for one patient's events. */
    private record Events(Patient p, List<String> problems) {

        void within(String kind, String id, Instant at, Instant from, Instant until) {
            if (at.isBefore(from) || at.isAfter(until)) {
                problems.add("patient " + p.id() + ": " + kind + (id.isEmpty() ? "" : " " + id) + " at " + at
                        + " lies outside the patient's life [" + from + ", " + until + "]");
            }
        }

        void onOrAfter(String kind, String id, String what, LocalDate date, LocalDate earliest) {
            if (date.isBefore(earliest)) {
                problems.add("patient " + p.id() + ": " + kind + " " + id + " " + what + " " + date + " is before "
                        + earliest);
            }
        }
    }
}
