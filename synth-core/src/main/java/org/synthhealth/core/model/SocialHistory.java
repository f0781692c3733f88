package org.synthhealth.core.model;

/** Social determinants of health, consistent with the patient's age (no retired children, no smoking toddlers). */
public record SocialHistory(
        SmokingStatus smoking,
        AlcoholUse alcohol,
        Education education,
        Employment employment,
        Housing housing) {
}
