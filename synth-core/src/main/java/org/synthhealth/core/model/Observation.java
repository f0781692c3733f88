package org.synthhealth.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A measured value, coded in LOINC with a UCUM unit.
 *
 * <p>Observations that belong together share a {@code panel}: the two blood-pressure components carry panel
 * {@code 85354-9}, and the results of one laboratory order share its {@code panelId} and, when the order is a panel,
 * its panel code, which names exactly the tests the order holds. An order without a panel code holds one result and is
 * named by that result's code; the engine orders every laboratory test that way.
 *
 * @param value the value at the precision it was measured; never in exponent form
 * @param unit the UCUM unit code, for example {@code mm[Hg]}
 * @param referenceLow the low end of the normal range, when one applies
 * @param referenceHigh the high end of the normal range, when one applies
 * @param interpretation an HL7 table 0078 abnormal flag: {@code N}, {@code L}, {@code H}, {@code LL} or {@code HH}
 * @param panel the panel code this result belongs to
 * @param panelId the id shared by the results of one panel (one blood-pressure reading, one lab order)
 */
public record Observation(
        String id,
        String patientId,
        String encounterId,
        ObservationCategory category,
        Code code,
        BigDecimal value,
        String unit,
        Instant effective,
        Optional<BigDecimal> referenceLow,
        Optional<BigDecimal> referenceHigh,
        Optional<String> interpretation,
        Optional<Code> panel,
        Optional<String> panelId) {
}
