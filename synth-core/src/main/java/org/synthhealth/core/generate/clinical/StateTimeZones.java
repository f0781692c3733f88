package org.synthhealth.core.generate.clinical;

import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * The time zone clinics keep in each US state and the District of Columbia, by two-letter USPS code.
 *
 * <p>Each state maps to the one zone of the IANA time zone database (the {@code tzdata} files {@code northamerica}
 * and {@code zone1970.tab}) that covers most of its people. A city outside its state's main zone (El Paso, Coeur
 * d'Alene) gets its own zone from {@link CityTimeZones}, which asks here only for the rest. The rules of each zone,
 * summer time included, come from the JVM's copy of the database.
 */
final class StateTimeZones {

    private static final Map<String, ZoneId> ZONES = zones();

    private StateTimeZones() {
    }

    /**
     * The main time zone of {@code state}.
     *
     * @throws IllegalArgumentException when {@code state} is not a state or DC code in the table
     */
    static ZoneId of(String state) {
        ZoneId zone = ZONES.get(state);
        if (zone == null) {
            throw new IllegalArgumentException("state: no time zone for \"" + state
                    + "\"; expected a two-letter USPS code of a US state or DC");
        }
        return zone;
    }

    /** Every state code the table knows, in alphabetical order. */
    static Iterable<String> states() {
        return ZONES.keySet();
    }

    private static Map<String, ZoneId> zones() {
        Map<String, ZoneId> m = new TreeMap<>();
        put(m, "America/New_York", "CT", "DC", "DE", "FL", "GA", "KY", "MA", "MD", "ME", "NC", "NH", "NJ", "NY", "OH",
                "PA", "RI", "SC", "VA", "VT", "WV");
        put(m, "America/Detroit", "MI");
        put(m, "America/Indiana/Indianapolis", "IN");
        put(m, "America/Chicago", "AL", "AR", "IA", "IL", "KS", "LA", "MN", "MO", "MS", "ND", "NE", "OK", "SD", "TN",
                "TX", "WI");
        put(m, "America/Denver", "CO", "MT", "NM", "UT", "WY");
        put(m, "America/Boise", "ID");
        put(m, "America/Phoenix", "AZ");
        put(m, "America/Los_Angeles", "CA", "NV", "OR", "WA");
        put(m, "America/Anchorage", "AK");
        put(m, "Pacific/Honolulu", "HI");
        return m;
    }

    private static void put(Map<String, ZoneId> m, String zone, String... states) {
        ZoneId id = ZoneId.of(zone);
        for (String state : states) {
            m.put(state, id);
        }
    }
}
