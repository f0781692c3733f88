package org.synthhealth.core.migration.internal.extract;

import java.util.List;
import java.util.Map;

/**
 * Everything the source holds about one patient: the PATIENT entry and the entries of every file that points at it,
 * per file, in entry-number order.
 *
 * @param nodeCount how many global nodes were read for the patient, which drives the simulated extract cost
 */
public record SourceRecord(long dfn, SourceEntry patient, Map<String, List<SourceEntry>> files, int nodeCount) {

    public SourceRecord {
        files = Map.copyOf(files);
    }

    /** The entries of one file for this patient, empty when there are none. */
    public List<SourceEntry> entries(String file) {
        return files.getOrDefault(file, List.of());
    }
}
