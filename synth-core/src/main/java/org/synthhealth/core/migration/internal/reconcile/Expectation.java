package org.synthhealth.core.migration.internal.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.synthhealth.core.format.vista.FileManName;
import org.synthhealth.core.format.vista.FileManText;
import org.synthhealth.core.migration.internal.target.TargetPatient;
import org.synthhealth.core.migration.internal.target.TargetRow;
import org.synthhealth.core.model.Allergy;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Demographics;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.Immunization;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.ObservationCategory;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.migration.internal.target.TargetTable;

/**
 * What the target should hold for a patient, derived straight from the source cohort's record (not from the VistA
 * globals), so reconciliation checks the whole chain: VistA export, extract, transform and load.
 *
 * <p>It keeps to what VistA can carry: names in FileMan's standard form (upper case, at most 30 characters), free
 * text cleaned to ASCII and cut to the FileMan field length, times to whole seconds in UTC, vitals in the units VistA
 * stores, laboratory results and procedures left out (the VistA export does not carry them).
 */
public final class Expectation {

    private static final Map<String, String[]> VITALS = new LinkedHashMap<>();

    static {
        VITALS.put("8310-5", new String[] {"8310-5", "[degF]"});
        VITALS.put("9279-1", new String[] {"9279-1", "/min"});
        VITALS.put("8867-4", new String[] {"8867-4", "/min"});
        VITALS.put("8302-2", new String[] {"8302-2", "[in_i]"});
        VITALS.put("29463-7", new String[] {"29463-7", "[lb_av]"});
        VITALS.put("2708-6", new String[] {"59408-5", "%"});
        VITALS.put("59408-5", new String[] {"59408-5", "%"});
    }

    private Expectation() {
    }

    /** The rows the target should hold for {@code patient}, stored under DFN {@code index + 1}. */
    public static TargetPatient of(Patient patient) {
        long dfn = patient.index() + 1;
        TargetPatient expected = new TargetPatient(dfn);
        Demographics d = patient.demographics();
        FileManName name = FileManName.of(d.lastName(), d.firstName(), d.middleName());
        expected.add(new TargetRow(TargetTable.PERSON, dfn, name.family(), name.given(), name.middle().orElse(null),
                d.sex().code(), d.birthDate(),
                patient.death().map(death -> death.dateTime().atOffset(ZoneOffset.UTC).toLocalDate()).orElse(null),
                d.maritalStatus().code(), d.race().cdcCode(), d.ethnicity().cdcCode(),
                FileManText.clean(d.address().city(), 15), d.address().state(), d.address().postalCode()));
        expected.add(new TargetRow(TargetTable.PERSON_ALIAS, 0L, dfn, "MRN", d.mrn()));
        expected.add(new TargetRow(TargetTable.PERSON_ALIAS, 1L, dfn, "SSN", d.ssn()));
        for (Encounter e : patient.encounters()) {
            expected.add(new TargetRow(TargetTable.ENCOUNTER, 0L, dfn, e.encounterClass().vistaServiceCategory(),
                    utc(e.start()), utc(e.end()), Reconciler.ANY));
        }
        for (Condition c : patient.conditions()) {
            expected.add(new TargetRow(TargetTable.PROBLEM, 0L, dfn, c.icd10().code(), c.snomed().code(),
                    c.status().code().equals("active") ? "A" : "I", c.onsetDate(), Reconciler.ANY));
        }
        for (Allergy a : patient.allergies()) {
            String type = switch (a.category()) {
                case FOOD -> "F";
                case MEDICATION -> "D";
                case ENVIRONMENT -> "O";
            };
            expected.add(new TargetRow(TargetTable.ALLERGY, 0L, dfn,
                    FileManText.clean(a.substance().display(), 60).toUpperCase(Locale.ROOT), type, a.onsetDate(),
                    Reconciler.ANY));
        }
        for (Medication m : patient.medications()) {
            expected.add(new TargetRow(TargetTable.ORDERS, 0L, dfn,
                    FileManText.clean(m.rxnorm().display(), 40).toUpperCase(Locale.ROOT), m.rxnorm().code(),
                    FileManText.clean(m.dosage() + " " + m.frequency()), m.startDate(), m.endDate().orElse(null),
                    Reconciler.ANY));
        }
        for (Immunization i : patient.immunizations()) {
            expected.add(new TargetRow(TargetTable.IMMUNIZATION, 0L, dfn, Reconciler.ANY, i.vaccine().code(),
                    utc(i.occurred()), Reconciler.ANY));
        }
        vitals(patient, dfn, expected);
        return expected;
    }

    private static void vitals(Patient patient, long dfn, TargetPatient expected) {
        Map<String, Observation[]> pressures = new LinkedHashMap<>();
        for (Observation o : patient.observations()) {
            if (o.category() != ObservationCategory.VITAL_SIGNS) {
                continue;
            }
            String loinc = o.code().code();
            if (loinc.equals("8480-6") || loinc.equals("8462-4")) {
                Observation[] pair = pressures.computeIfAbsent(o.panelId().orElse(o.id()), k -> new Observation[2]);
                pair[loinc.equals("8480-6") ? 0 : 1] = o;
                if (pair[0] != null && pair[1] != null) {
                    expected.add(new TargetRow(TargetTable.CLINICAL_EVENT, 0L, dfn, "85354-9",
                            plain(pair[0].value()) + "/" + plain(pair[1].value()), "mm[Hg]",
                            utc(pair[0].effective()), Reconciler.ANY));
                }
                continue;
            }
            String[] mapped = VITALS.get(loinc);
            if (mapped != null) {
                expected.add(new TargetRow(TargetTable.CLINICAL_EVENT, 0L, dfn, mapped[0], vistaValue(o),
                        mapped[1], utc(o.effective()), Reconciler.ANY));
            }
        }
    }

    /** The value in the unit VistA stores: Fahrenheit, inches, pounds; others unchanged. */
    private static String vistaValue(Observation o) {
        BigDecimal v = o.value();
        switch (o.unit()) {
            case "Cel" -> v = v.multiply(BigDecimal.valueOf(9)).divide(BigDecimal.valueOf(5), 10, RoundingMode.HALF_UP)
                    .add(BigDecimal.valueOf(32)).setScale(1, RoundingMode.HALF_UP);
            case "cm" -> v = v.divide(new BigDecimal("2.54"), 2, RoundingMode.HALF_UP);
            case "kg" -> v = v.multiply(new BigDecimal("2.20462262185")).setScale(2, RoundingMode.HALF_UP);
            default -> {
            }
        }
        return plain(v);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    }
}
