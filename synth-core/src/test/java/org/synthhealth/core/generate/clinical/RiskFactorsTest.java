package org.synthhealth.core.generate.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.synthhealth.core.generate.codes.ConditionCatalogue;

/**
 * Conditions are planned, and overrides calibrated, in catalogue order, and a condition's risk is read from the
 * conditions that drive it: each driver must therefore come before what it drives.
 */
class RiskFactorsTest {

    @Test
    void everyDrivingConditionComesBeforeTheConditionItDrives() {
        int checked = 0;
        for (String key : ConditionCatalogue.KEYS) {
            RiskFactors.Driven driven = RiskFactors.driven(key);
            if (driven == null) {
                continue;
            }
            for (String driver : driven.conditions()) {
                assertThat(ConditionCatalogue.KEYS).as("%s, which drives %s", driver, key).contains(driver);
                assertThat(ConditionCatalogue.KEYS.indexOf(driver)).as("%s before %s", driver, key)
                        .isLessThan(ConditionCatalogue.KEYS.indexOf(key));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(5);
    }
}
