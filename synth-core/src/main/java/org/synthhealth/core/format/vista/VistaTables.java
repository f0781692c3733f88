package org.synthhealth.core.format.vista;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.synthhealth.core.model.Ethnicity;
import org.synthhealth.core.model.Race;

/**
 * The fixed lookup files this project writes whole: RACE (#10), ETHNICITY (#10.2), MARITAL STATUS (#11), STATE (#5)
 * and GMRV VITAL TYPE (#120.51), with the entry numbers national VistA uses where known.
 */
final class VistaTables {

    /** The RACE entry for Other Race; the national file has none, so it is a local entry (see vista-layout.md). */
    static final int OTHER_RACE_IEN = 99;

    /** STATE file entries: entry number = FIPS state code, as in VistA; value = {name, USPS abbreviation}. */
    private static final Map<Integer, String[]> STATES = new TreeMap<>();

    static {
        String table = "1 ALABAMA AL|2 ALASKA AK|4 ARIZONA AZ|5 ARKANSAS AR|6 CALIFORNIA CA|8 COLORADO CO"
                + "|9 CONNECTICUT CT|10 DELAWARE DE|11 DISTRICT_OF_COLUMBIA DC|12 FLORIDA FL|13 GEORGIA GA"
                + "|15 HAWAII HI|16 IDAHO ID|17 ILLINOIS IL|18 INDIANA IN|19 IOWA IA|20 KANSAS KS|21 KENTUCKY KY"
                + "|22 LOUISIANA LA|23 MAINE ME|24 MARYLAND MD|25 MASSACHUSETTS MA|26 MICHIGAN MI|27 MINNESOTA MN"
                + "|28 MISSISSIPPI MS|29 MISSOURI MO|30 MONTANA MT|31 NEBRASKA NE|32 NEVADA NV|33 NEW_HAMPSHIRE NH"
                + "|34 NEW_JERSEY NJ|35 NEW_MEXICO NM|36 NEW_YORK NY|37 NORTH_CAROLINA NC|38 NORTH_DAKOTA ND"
                + "|39 OHIO OH|40 OKLAHOMA OK|41 OREGON OR|42 PENNSYLVANIA PA|44 RHODE_ISLAND RI"
                + "|45 SOUTH_CAROLINA SC|46 SOUTH_DAKOTA SD|47 TENNESSEE TN|48 TEXAS TX|49 UTAH UT|50 VERMONT VT"
                + "|51 VIRGINIA VA|53 WASHINGTON WA|54 WEST_VIRGINIA WV|55 WISCONSIN WI|56 WYOMING WY"
                + "|60 AMERICAN_SAMOA AS|66 GUAM GU|69 NORTHERN_MARIANA_ISLANDS MP|72 PUERTO_RICO PR"
                + "|78 VIRGIN_ISLANDS VI";
        for (String row : table.split("\\|")) {
            String[] cols = row.split(" ");
            STATES.put(Integer.parseInt(cols[0]), new String[] {cols[1].replace('_', ' '), cols[2]});
        }
    }

    private VistaTables() {
    }

    /** The RACE (#10) entry for {@code race}. */
    static int raceIen(Race race) {
        return switch (race) {
            case NATIVE_AMERICAN -> 2;
            case ASIAN -> 8;
            case BLACK -> 9;
            case PACIFIC_ISLANDER -> 11;
            case WHITE -> 13;
            case OTHER -> OTHER_RACE_IEN;
        };
    }

    /** The ETHNICITY (#10.2) entry for {@code ethnicity}. */
    static int ethnicityIen(Ethnicity ethnicity) {
        return ethnicity == Ethnicity.HISPANIC ? 1 : 2;
    }

    /** The STATE (#5) entry (the FIPS code) for a USPS abbreviation, when it is a known state. */
    static Optional<Integer> stateIen(String usps) {
        for (Map.Entry<Integer, String[]> e : STATES.entrySet()) {
            if (e.getValue()[1].equals(usps)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** Writes every fixed lookup file with its header node. */
    static void writeAll(NodeSink out) throws IOException {
        out.put("DIC", "RACE^10^" + OTHER_RACE_IEN + "^6", 10, 0);
        for (Race race : Race.values()) {
            String name = FileManText.clean(race.cdcDisplay()).toUpperCase(java.util.Locale.ROOT);
            writeEntry(out, "DIC", 10, raceIen(race), name + "^^" + race.cdcCode(), name);
        }
        out.put("DIC", "ETHNICITY^10.2^2^2", 10.2, 0);
        for (Ethnicity e : Ethnicity.values()) {
            String name = e.label().toUpperCase(java.util.Locale.ROOT);
            writeEntry(out, "DIC", 10.2, ethnicityIen(e), name + "^^" + e.cdcCode(), name);
        }
        out.put("DIC", "MARITAL STATUS^11^7^6", 11, 0);
        String[][] marital = {{"1", "DIVORCED", "D"}, {"2", "MARRIED", "M"}, {"4", "WIDOWED", "W"},
            {"5", "SEPARATED", "S"}, {"6", "NEVER MARRIED", "N"}, {"7", "UNKNOWN", "U"}};
        for (String[] m : marital) {
            writeEntry(out, "DIC", 11, Integer.parseInt(m[0]), m[1] + "^" + m[2], m[1]);
        }
        out.put("DIC", "STATE^5I^" + ((TreeMap<Integer, String[]>) STATES).lastKey() + "^" + STATES.size(), 5, 0);
        for (Map.Entry<Integer, String[]> e : STATES.entrySet()) {
            String fips = String.format(java.util.Locale.ROOT, "%02d", e.getKey());
            writeEntry(out, "DIC", 5, e.getKey(), e.getValue()[0] + "^" + e.getValue()[1] + "^" + fips,
                    e.getValue()[0]);
        }
        out.put("GMRD", "GMRV VITAL TYPE^120.51^21^7", 120.51, 0);
        String[][] vitals = {{"1", "BLOOD PRESSURE", "BP"}, {"2", "TEMPERATURE", "T"}, {"3", "RESPIRATION", "R"},
            {"5", "PULSE", "P"}, {"8", "HEIGHT", "HT"}, {"9", "WEIGHT", "WT"}, {"21", "PULSE OXIMETRY", "PO2"}};
        for (String[] v : vitals) {
            writeEntry(out, "GMRD", 120.51, Integer.parseInt(v[0]), v[1] + "^" + v[2], v[1]);
        }
    }

    private static void writeEntry(NodeSink out, String global, double file, int ien, String zero, String name)
            throws IOException {
        String fileNumber = fileNumber(file);
        out.accept(new GlobalNode(global, java.util.List.of(fileNumber, String.valueOf(ien), "0"), zero));
        out.accept(new GlobalNode(global, java.util.List.of(fileNumber, "B", name, String.valueOf(ien)), ""));
    }

    private static String fileNumber(double file) {
        return file == Math.rint(file) ? String.valueOf((long) file)
                : new java.math.BigDecimal(Double.toString(file)).stripTrailingZeros().toPlainString();
    }
}
