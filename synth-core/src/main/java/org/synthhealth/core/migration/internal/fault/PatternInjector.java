package org.synthhealth.core.migration.internal.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.synthhealth.core.migration.MigrationStage;
import org.synthhealth.core.migration.internal.target.TargetPatient;
import org.synthhealth.core.migration.internal.target.TargetRow;
import org.synthhealth.core.migration.internal.target.TargetTable;

/**
 * Applies the user guide's {@code error_patterns}: each pattern strikes a patient with its own rate. Known patterns
 * change what their name says ({@code dosage_corruption}, {@code drug_interaction}, {@code missing_fields},
 * {@code format_errors}); any other pattern strikes as a generic corruption of a field.
 */
public final class PatternInjector {

    private static final List<String> DEMOGRAPHIC_FIELDS =
            List.of("NAME_MIDDLE", "MARITAL_TYPE_CD", "RACE_CD", "ZIPCODE", "SEX_CD", "BIRTH_DT");

    private final Dice dice;
    private final Map<String, Map<String, Double>> patterns;
    private final Corruptor generic;

    public PatternInjector(Dice dice, Map<String, Map<String, Double>> patterns) {
        this.dice = dice;
        this.patterns = patterns;
        this.generic = new Corruptor(dice, 1.0);
    }

    /** Every pattern that strikes this patient, applied in group then pattern order. */
    public List<Fault> apply(TargetPatient patient, int attempt) {
        List<Fault> faults = new ArrayList<>();
        long dfn = patient.dfn();
        patterns.forEach((group, rates) -> rates.forEach((name, rate) -> {
            String purpose = "pattern." + group + "." + name;
            if (dice.strikes(rate, dfn, purpose, attempt)) {
                String detail = inject(name, patient, purpose, attempt);
                if (detail != null) {
                    faults.add(new Fault(purpose, MigrationStage.TRANSFORM, detail));
                }
            }
        }));
        return faults;
    }

    /** The SIG with its first number multiplied by ten, or with a zero appended when it has no number. */
    static String tenfold(String sig) {
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("\\d+").matcher(sig);
        return number.find() ? sig.substring(0, number.end()) + "0" + sig.substring(number.end()) : sig + " 0";
    }

    private String inject(String name, TargetPatient patient, String purpose, int attempt) {
        long dfn = patient.dfn();
        List<TargetRow> orders = patient.rows(TargetTable.ORDERS);
        switch (name) {
            case "dosage_corruption" -> {
                if (orders.isEmpty()) {
                    return null;
                }
                TargetRow order = orders.get(dice.pick(orders.size(), dfn, purpose + ".row", attempt));
                String sig = (String) order.get("SIG");
                String wrong = dice.roll(dfn, purpose + ".sign", attempt) < 0.5 ? "-" + sig : tenfold(sig);
                order.set("SIG", wrong);
                return "ORDERS.SIG of order " + order.id() + " changed from '" + sig + "' to '" + wrong + "'";
            }
            case "drug_interaction" -> {
                if (orders.isEmpty()) {
                    return null;
                }
                TargetRow order = orders.get(dice.pick(orders.size(), dfn, purpose + ".row", attempt)).copy();
                order.set(0, order.id() + 1_000_000_000L);
                orders.add(order);
                return "ORDERS row " + order.id() + " duplicates " + order.get("ORDER_MNEMONIC");
            }
            case "missing_fields" -> {
                String field = DEMOGRAPHIC_FIELDS.get(dice.pick(DEMOGRAPHIC_FIELDS.size(), dfn, purpose + ".field",
                        attempt));
                patient.person().set(field, null);
                return "PERSON." + field + " blanked";
            }
            case "format_errors" -> {
                for (TargetRow alias : patient.rows(TargetTable.PERSON_ALIAS)) {
                    if (alias.get("ALIAS_POOL_CD").equals("SSN")) {
                        String ssn = (String) alias.get("ALIAS");
                        String wrong = ssn.length() == 9
                                ? ssn.substring(0, 3) + "-" + ssn.substring(3, 5) + "-" + ssn.substring(5) : ssn + "-";
                        alias.set("ALIAS", wrong);
                        return "SSN written as '" + wrong + "'";
                    }
                }
                patient.person().set("ZIPCODE", "0000");
                return "PERSON.ZIPCODE written as '0000'";
            }
            default -> {
                List<String> kinds = List.of("truncated_name", "shifted_date", "dropped_code", "wrong_code");
                String kind = kinds.get(dice.pick(kinds.size(), dfn, purpose + ".kind", attempt));
                return generic.apply(kind, patient, attempt).orElse(null);
            }
        }
    }
}
