package org.synthhealth.core.format.hl7;

import org.synthhealth.core.model.AllergyCategory;

/** HL7 table 0127 allergen types used in AL1-2, one per allergy category. */
enum AllergenType {
    DRUG("DA", "Drug allergy"),
    FOOD("FA", "Food allergy"),
    ENVIRONMENTAL("EA", "Environmental allergy");

    private final String code;
    private final String display;

    AllergenType(String code, String display) {
        this.code = code;
        this.display = display;
    }

    static AllergenType of(AllergyCategory category) {
        return switch (category) {
            case MEDICATION -> DRUG;
            case FOOD -> FOOD;
            case ENVIRONMENT -> ENVIRONMENTAL;
        };
    }

    String code() {
        return code;
    }

    String display() {
        return display;
    }
}
