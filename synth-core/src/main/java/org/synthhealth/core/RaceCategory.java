package org.synthhealth.core;

import java.util.Optional;
import org.synthhealth.core.model.Labelled;
import org.synthhealth.core.model.Race;

/**
 * A category of {@code race_dist}. The user guide lists {@code Hispanic} among races; Hispanic origin is an
 * ethnicity, so a patient drawn as {@code HISPANIC} gets the Hispanic ethnicity and a race drawn from the other
 * categories' weights.
 */
public enum RaceCategory implements Labelled {
    WHITE("White", Race.WHITE),
    BLACK("Black", Race.BLACK),
    ASIAN("Asian", Race.ASIAN),
    HISPANIC("Hispanic", null),
    NATIVE_AMERICAN("Native American", Race.NATIVE_AMERICAN),
    PACIFIC_ISLANDER("Pacific Islander", Race.PACIFIC_ISLANDER),
    OTHER("Other", Race.OTHER);

    private final String label;
    private final Race race;

    RaceCategory(String label, Race race) {
        this.label = label;
        this.race = race;
    }

    @Override
    public String label() {
        return label;
    }

    /** The race this category stands for; empty for {@code HISPANIC}, which is an ethnicity. */
    public Optional<Race> race() {
        return Optional.ofNullable(race);
    }
}
