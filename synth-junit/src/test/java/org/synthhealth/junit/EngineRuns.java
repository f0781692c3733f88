package org.synthhealth.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs fixture test classes through the Jupiter engine and reads what happened. */
final class EngineRuns {

    private EngineRuns() {
    }

    /** Runs the classes sequentially. */
    static EngineExecutionResults run(Class<?>... classes) {
        return run(Map.of(), classes);
    }

    /** Runs the classes with the given configuration parameters. */
    static EngineExecutionResults run(Map<String, String> configuration, Class<?>... classes) {
        var request = EngineTestKit.engine("junit-jupiter").configurationParameters(configuration);
        for (Class<?> c : classes) {
            request = request.selectors(selectClass(c));
        }
        return request.execute();
    }

    /** The throwable of every failed test, in order. */
    static List<Throwable> failures(EngineExecutionResults results) {
        return results.testEvents().failed().stream()
                .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
                .toList();
    }

    /** The value of every report entry published under {@code key}. */
    static List<String> reportEntries(EngineExecutionResults results, String key) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get(key))
                .filter(v -> v != null)
                .toList();
    }

    /** The messages of the throwable and everything suppressed by it. */
    static String fullText(Throwable t) {
        StringBuilder out = new StringBuilder(String.valueOf(t));
        for (Throwable s : t.getSuppressed()) {
            out.append('\n').append(s);
        }
        return out.toString();
    }

    /** Events of a kind, for debugging failed expectations. */
    static String describe(List<Event> events) {
        return events.toString();
    }
}
