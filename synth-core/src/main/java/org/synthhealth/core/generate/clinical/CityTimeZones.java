package org.synthhealth.core.generate.clinical;

import java.time.ZoneId;
import java.util.Map;
import org.synthhealth.core.model.Address;

/**
 * The time zone clinics keep at an address: its city's own zone where the city lies outside the main zone of its
 * state, else the state's ({@link StateTimeZones}).
 *
 * <p>The cities are those the engine places patients in. Checked against the IANA database ({@code zone1970.tab}):
 * El Paso keeps Mountain time ({@code America/Denver}) while most of Texas keeps Central; Coeur d'Alene, in the
 * Idaho panhandle, keeps Pacific time ({@code America/Los_Angeles}) while Boise keeps Mountain; Louisville has a zone
 * of its own ({@code America/Kentucky/Louisville}), Eastern time like the state's, whose rules differ from New York's
 * only before 1976. The other cities of split states follow their state's zone: Miami and Tampa Eastern (only the
 * Florida panhandle west of the Apalachicola keeps Central), Nashville Central (East Tennessee keeps Eastern), Detroit
 * {@code America/Detroit} (four Michigan counties on the Wisconsin border keep Central), Portland Pacific (most of
 * Malheur County keeps Mountain), Anchorage {@code America/Anchorage} (the western Aleutians keep Hawaii-Aleutian
 * time), Phoenix and Tucson {@code America/Phoenix} (no summer time; only the Navajo Nation keeps it). No city lies in
 * Indiana, Kansas, Nebraska or the Dakotas.
 */
final class CityTimeZones {

    /** Keyed by city and USPS state code, as {@code "El Paso, TX"}. */
    private static final Map<String, ZoneId> OWN_ZONES = Map.of(
            "El Paso, TX", ZoneId.of("America/Denver"),
            "Coeur d'Alene, ID", ZoneId.of("America/Los_Angeles"),
            "Louisville, KY", ZoneId.of("America/Kentucky/Louisville"));

    private CityTimeZones() {
    }

    /**
     * The time zone of {@code address}: its city's own, else its state's.
     *
     * @throws IllegalArgumentException when the city has no zone of its own and the state is not in the table
     */
    static ZoneId of(Address address) {
        ZoneId own = OWN_ZONES.get(address.city() + ", " + address.state());
        return own != null ? own : StateTimeZones.of(address.state());
    }
}
