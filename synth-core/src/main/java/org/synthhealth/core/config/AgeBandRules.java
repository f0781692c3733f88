package org.synthhealth.core.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.synthhealth.core.AgeBand;

/**
 * The rules every {@code age_dist} obeys, however it was made: no band past {@link AgeBand#OLDEST}, and bands that,
 * once sorted, neither overlap nor leave a gap. The YAML reader puts the file and line in front of these messages; the
 * validator of specs built in code puts the key.
 */
final class AgeBandRules {

    private AgeBandRules() {
    }

    /** What is wrong with one band, with the fix; empty when it is usable. */
    static Optional<String> bandProblem(AgeBand band) {
        if (band.high() > AgeBand.OLDEST) {
            return Optional.of("band reaches age " + band.high() + "; the oldest supported age is " + AgeBand.OLDEST
                    + (band.low() > AgeBand.OLDEST ? ", so remove the band" : ", so end the band at "
                            + AgeBand.OLDEST + " (" + band.low() + "-" + AgeBand.OLDEST + ")"));
        }
        return Optional.empty();
    }

    /** What is wrong with how the bands fit together (overlaps, gaps), with the fix; empty when they fit. */
    static Optional<String> layoutProblem(Collection<AgeBand> bands) {
        List<AgeBand> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparingInt(AgeBand::low).thenComparingInt(AgeBand::high));
        for (int i = 1; i < sorted.size(); i++) {
            AgeBand before = sorted.get(i - 1);
            AgeBand after = sorted.get(i);
            if (after.low() <= before.high()) {
                return Optional.of("bands " + before.label() + " and " + after.label() + " overlap; start "
                        + after.label() + " at " + (before.high() + 1) + " so each age falls in one band");
            }
            if (after.low() > before.high() + 1) {
                int from = before.high() + 1;
                int to = after.low() - 1;
                return Optional.of("no band covers " + (from == to ? "age " + from : "ages " + from + "-" + to)
                        + " (between " + before.label() + " and " + after.label() + "); start " + after.label()
                        + " at " + (before.high() + 1) + " so the bands are contiguous");
            }
        }
        return Optional.empty();
    }
}
