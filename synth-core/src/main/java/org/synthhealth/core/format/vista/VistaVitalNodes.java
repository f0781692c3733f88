package org.synthhealth.core.format.vista;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.ObservationCategory;
import org.synthhealth.core.model.Patient;

/**
 * Writes one patient's vital signs as GMRV VITAL MEASUREMENT (#120.5) entries, in the units VistA stores: blood
 * pressure {@code 120/80} in mmHg, temperature in degrees Fahrenheit, height in inches, weight in pounds, pulse and
 * respiration per minute, pulse oximetry in percent. Observations of other kinds (laboratory results, BMI) are not
 * vitals in VistA and are not written here.
 */
final class VistaVitalNodes {

    private static final String SYSTOLIC = "8480-6";
    private static final String DIASTOLIC = "8462-4";
    private static final BigDecimal POUNDS_PER_KG = new BigDecimal("2.20462262185");
    private static final BigDecimal CM_PER_INCH = new BigDecimal("2.54");

    private VistaVitalNodes() {
    }

    /** Writes every vital-sign observation of the patient; a blood-pressure pair becomes one entry. */
    static void write(Patient patient, long dfn, VistaCatalog catalog, NodeSink out) throws IOException {
        Map<String, Observation[]> pressures = new LinkedHashMap<>();
        for (Observation o : patient.observations()) {
            if (o.category() != ObservationCategory.VITAL_SIGNS) {
                continue;
            }
            String loinc = o.code().code();
            if (loinc.equals(SYSTOLIC) || loinc.equals(DIASTOLIC)) {
                Observation[] pair = pressures.computeIfAbsent(o.panelId().orElse(o.id()), k -> new Observation[2]);
                pair[loinc.equals(SYSTOLIC) ? 0 : 1] = o;
                if (pair[0] != null && pair[1] != null) {
                    entry(pair[0], dfn, 1, plain(pair[0].value()) + "/" + plain(pair[1].value()), catalog, out);
                }
                continue;
            }
            Optional<Integer> type = typeOf(loinc);
            if (type.isPresent()) {
                entry(o, dfn, type.get(), vistaValue(type.get(), o), catalog, out);
            }
        }
    }

    /** The GMRV VITAL TYPE (#120.51) entry for a LOINC code, when VistA records it as a vital. */
    static Optional<Integer> typeOf(String loinc) {
        return switch (loinc) {
            case "8310-5" -> Optional.of(2);
            case "9279-1" -> Optional.of(3);
            case "8867-4" -> Optional.of(5);
            case "8302-2" -> Optional.of(8);
            case "29463-7" -> Optional.of(9);
            case "2708-6", "59408-5" -> Optional.of(21);
            default -> Optional.empty();
        };
    }

    private static void entry(Observation o, long dfn, int type, String value, VistaCatalog catalog, NodeSink out)
            throws IOException {
        long ien = ++catalog.vitals;
        String taken = FileManDate.format(o.effective());
        out.put("GMR", taken + "^" + dfn + "^" + type + "^" + taken + "^^^^" + value, 120.5, ien, 0);
        out.put("GMR", FileManText.clean(o.panelId().filter(p -> type == 1).orElse(o.id())), 120.5, ien, "SYNTH");
        out.put("GMR", "", 120.5, "C", dfn, ien);
    }

    private static String vistaValue(int type, Observation o) {
        BigDecimal v = o.value();
        String unit = o.unit();
        if (type == 2 && unit.equals("Cel")) {
            v = v.multiply(BigDecimal.valueOf(9)).divide(BigDecimal.valueOf(5), 10, RoundingMode.HALF_UP)
                    .add(BigDecimal.valueOf(32)).setScale(1, RoundingMode.HALF_UP);
        } else if (type == 8 && unit.equals("cm")) {
            v = v.divide(CM_PER_INCH, 2, RoundingMode.HALF_UP);
        } else if (type == 9 && unit.equals("kg")) {
            v = v.multiply(POUNDS_PER_KG).setScale(2, RoundingMode.HALF_UP);
        }
        return plain(v);
    }

    private static String plain(BigDecimal v) {
        String s = v.stripTrailingZeros().toPlainString();
        return s.startsWith("0.") ? s.substring(1) : s;
    }
}
