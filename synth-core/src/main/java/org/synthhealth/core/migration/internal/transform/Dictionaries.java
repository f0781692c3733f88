package org.synthhealth.core.migration.internal.transform;

import java.util.Locale;
import java.util.Map;
import org.synthhealth.core.migration.internal.extract.SourceEntry;
import org.synthhealth.core.migration.internal.extract.VistaSource;
import org.synthhealth.core.migration.internal.extract.VistaLayout;

/** Resolves VistA pointers to pointed-to files (RACE, ETHNICITY, MARITAL STATUS, ICD, drugs, vaccines) into codes. */
final class Dictionaries {

    private static final Map<String, String> RACE_BY_NAME = Map.of(
            "AMERICAN INDIAN OR ALASKA NATIVE", "1002-5", "ASIAN", "2028-9", "BLACK OR AFRICAN AMERICAN", "2054-5",
            "NATIVE HAWAIIAN OR OTHER PACIFIC ISLANDER", "2076-8", "WHITE", "2106-3", "OTHER", "2131-1",
            "OTHER RACE", "2131-1");
    private static final Map<String, String> ETHNICITY_BY_NAME = Map.of(
            "HISPANIC OR LATINO", "2135-2", "NOT HISPANIC OR LATINO", "2186-5");
    private static final Map<String, String> MARITAL_BY_NAME = Map.of(
            "DIVORCED", "D", "MARRIED", "M", "WIDOWED", "W", "SEPARATED", "L", "NEVER MARRIED", "S", "UNKNOWN", "U");
    private static final Map<String, String> VITAL_BY_IEN = Map.of(
            "1", "BP", "2", "T", "3", "R", "5", "P", "8", "HT", "9", "WT", "21", "PO2");

    /** A VistA vital type as LOINC with the UCUM unit of the value VistA stores. */
    record Vital(String loinc, String unit) {
    }

    private static final Map<String, Vital> VITALS = Map.of(
            "BP", new Vital("85354-9", "mm[Hg]"), "T", new Vital("8310-5", "[degF]"),
            "R", new Vital("9279-1", "/min"), "P", new Vital("8867-4", "/min"), "HT", new Vital("8302-2", "[in_i]"),
            "WT", new Vital("29463-7", "[lb_av]"), "PO2", new Vital("59408-5", "%"));

    private final VistaSource index;

    Dictionaries(VistaSource index) {
        this.index = index;
    }

    /** The CDC code of a RACE entry: piece 3 when the file carries it, else by the entry's name. */
    String race(String pointer, String where) {
        String cdc = pointed(VistaLayout.RACE, pointer, where).piece("0", 3);
        return cdc.isEmpty() ? byName(VistaLayout.RACE, pointer, RACE_BY_NAME, where) : cdc;
    }

    /** The CDC code of an ETHNICITY entry: piece 3 when the file carries it, else by the entry's name. */
    String ethnicity(String pointer, String where) {
        String cdc = pointed(VistaLayout.ETHNICITY, pointer, where).piece("0", 3);
        return cdc.isEmpty() ? byName(VistaLayout.ETHNICITY, pointer, ETHNICITY_BY_NAME, where) : cdc;
    }

    /** The USPS abbreviation of a STATE entry (piece 2). */
    String state(String pointer, String where) {
        return pointed(VistaLayout.STATE, pointer, where).piece("0", 2);
    }

    /** The RxNorm code a DRUG entry was made from, when the file records it. */
    String rxnorm(String pointer, String where) {
        return pointed(VistaLayout.DRUG, pointer, where).piece("SYNTH", 1);
    }

    String marital(String pointer, String where) {
        return byName(VistaLayout.MARITAL, pointer, MARITAL_BY_NAME, where);
    }

    /** The ICD-10 code of an ICD DIAGNOSIS entry (piece 1 of its zero node). */
    String icd(String pointer, String where) {
        return pointed(VistaLayout.ICD, pointer, where).piece("0", 1);
    }

    /** The generic name of a DRUG entry. */
    String drug(String pointer, String where) {
        return pointed(VistaLayout.DRUG, pointer, where).piece("0", 1);
    }

    /** The CVX code of an IMMUNIZATION entry (piece 3). */
    String cvx(String pointer, String where) {
        return pointed(VistaLayout.VACCINE, pointer, where).piece("0", 3);
    }

    /** The LOINC code and unit of a GMRV VITAL TYPE entry. */
    Vital vital(String pointer, String where) {
        String type = vitalType(pointer, where);
        Vital vital = VITALS.get(type);
        if (vital == null) {
            throw new TransformFailure(TransformFailure.Step.STANDARDISE, "vital type " + type
                    + " has no LOINC mapping in " + where);
        }
        return vital;
    }

    private String vitalType(String pointer, String where) {
        if (!pointer.isEmpty() && pointer.chars().allMatch(Character::isDigit)) {
            var entry = index.entry(VistaLayout.VITAL_TYPE, Long.parseLong(pointer));
            if (entry.isPresent() && !entry.get().piece("0", 2).isEmpty()) {
                return entry.get().piece("0", 2);
            }
        }
        String known = VITAL_BY_IEN.get(pointer);
        if (known == null) {
            throw new TransformFailure(TransformFailure.Step.MAP, "vital type pointer '" + pointer
                    + "' does not resolve in " + where);
        }
        return known;
    }

    private String byName(String file, String pointer, Map<String, String> codes, String where) {
        String name = pointed(file, pointer, where).piece("0", 1).toUpperCase(Locale.ROOT);
        String code = codes.get(name);
        if (code == null) {
            throw new TransformFailure(TransformFailure.Step.STANDARDISE, "no standard code for " + file + " entry '"
                    + name + "' in " + where);
        }
        return code;
    }

    private SourceEntry pointed(String file, String pointer, String where) {
        if (pointer.isEmpty() || !pointer.chars().allMatch(Character::isDigit)) {
            throw new TransformFailure(TransformFailure.Step.MAP, "pointer '" + pointer + "' to " + file
                    + " is not an entry number in " + where);
        }
        return index.entry(file, Long.parseLong(pointer)).orElseThrow(() -> new TransformFailure(
                TransformFailure.Step.MAP, "pointer " + pointer + " to " + file + " does not resolve in " + where));
    }
}
