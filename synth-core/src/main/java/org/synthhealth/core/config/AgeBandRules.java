package org.synthhealth.core.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.synthhealth.core.AgeBand;

/**
 * The rule every {@code age_dist} obeys, however it was made: bands that, once sorted, neither overlap nor leave a
 * gap. (Each band on its own is checked by {@link AgeBand} itself.) The YAML reader puts the file and line in front of
 * these messages; the validator of specs built in code puts the key and the builder method.
 */
final class AgeBandRules {

    private AgeBandRules() {
    }

    /** What is wrong with how the bands fit together (overlaps, gaps), with the fix; empty when they fit. */
    static Optional<String> layoutProblem(Collection<AgeBand> bands) {
        List<AgeBand> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparingInt(AgeBand::low).thenComparingInt(AgeBand::high));
        for (int i = 1; i < sorted.size(); i++) {
            AgeBand before = sorted.get(i - 1);
            AgeBand after = sorted.get(i);
            if (after.low() <= before.high() && after.high() <= before.high()) {
                // Moving the inner band's start would leave it ending before it starts: the outer band is cut.
                String rest = after.high() < before.high() ? " and add a band " + (after.high() + 1) + "-"
                        + before.high() : "";
                return Optional.of("bands " + before.label() + " and " + after.label() + " overlap: " + after.label()
                        + " lies within " + before.label() + "; end " + before.label() + " at " + (after.low() - 1)
                        + rest + ", or remove " + after.label() + ", so each age falls in one band");
            }
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
