package org.synthhealth.core.migration.internal.reconcile;

import java.util.List;

/**
 * How one patient in the target compares with the source.
 *
 * @param score the mean of the category scores that had something to compare, in [0, 1]
 * @param defects the fields or counts that differ, for example {@code PERSON.BIRTH_DT} or {@code ORDERS.count}
 */
public record Reconciliation(double score, List<String> defects) {

    public Reconciliation {
        defects = List.copyOf(defects);
    }
}
