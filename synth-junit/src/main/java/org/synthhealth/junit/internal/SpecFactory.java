package org.synthhealth.junit.internal;

import java.util.Optional;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.Requirements;
import org.synthhealth.core.model.Sex;
import org.synthhealth.junit.SyntheticPatients;
import org.synthhealth.junit.VitalStatus;

/** Turns a merged {@link CohortRequest} into a {@link CohortSpec} without a seed. */
public final class SpecFactory {

    /** The cohort size when neither the annotation nor a config gives one. */
    public static final int DEFAULT_COUNT = 100;

    private SpecFactory() {
    }

    /**
     * The spec a request describes, seed left empty.
     *
     * @throws InvalidInputException naming the attribute and the fix when the request cannot be honoured
     */
    public static CohortSpec unseeded(CohortRequest request, ClassLoader loader) {
        CohortSpec base = request.config().isEmpty()
                ? CohortSpec.builder().patients(DEFAULT_COUNT).build()
                : ConfigFiles.read(request.config(), loader);
        int count = request.count() == SyntheticPatients.UNSET_COUNT ? base.numRecords() : request.count();
        if (count < 1) {
            throw new InvalidInputException("count = " + count + ": a cohort needs at least 1 patient; "
                    + "give count = 1 or more");
        }
        return base.toBuilder()
                .patients(count)
                .randomSeed()
                .requirements(requirements(request, base.requirements()))
                .build();
    }

    private static Requirements requirements(CohortRequest request, Requirements base) {
        Optional<Integer> minAge = request.minAge() == SyntheticPatients.NO_AGE_BOUND
                ? base.minAge() : Optional.of(request.minAge());
        Optional<Integer> maxAge = request.maxAge() == SyntheticPatients.NO_AGE_BOUND
                ? base.maxAge() : Optional.of(request.maxAge());
        if (minAge.orElse(0) < 0 || maxAge.orElse(0) < 0) {
            throw new InvalidInputException("minAge/maxAge must be 0 or more; give ages in whole years");
        }
        if (minAge.isPresent() && maxAge.isPresent() && minAge.get() > maxAge.get()) {
            throw new InvalidInputException("minAge = " + minAge.get() + " is above maxAge = " + maxAge.get()
                    + "; give minAge <= maxAge");
        }
        Optional<Sex> sex = switch (request.sex()) {
            case ANY -> base.sex();
            case MALE -> Optional.of(Sex.MALE);
            case FEMALE -> Optional.of(Sex.FEMALE);
        };
        Optional<Boolean> deceased = request.vitalStatus() == VitalStatus.ANY
                ? base.deceased() : Optional.of(request.vitalStatus() == VitalStatus.DECEASED);
        return new Requirements(request.conditions().isEmpty() ? base.conditions() : request.conditions(),
                minAge, maxAge, sex, deceased);
    }
}
