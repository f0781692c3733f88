package org.synthhealth.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The note for migration flags given to a run without a migration, naming only the flags that were given. */
final class IdleFlags {

    /** A flag and its value, null when it was not given. */
    record Flag(String name, Object value) {
    }

    private IdleFlags() {
    }

    /** The note naming the flags of {@code flags} that were given; empty when none was. */
    static Optional<String> note(List<Flag> flags) {
        List<String> given = flags.stream().filter(flag -> Objects.nonNull(flag.value())).map(Flag::name).toList();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        String named = given.size() == 1 ? given.get(0) + " takes"
                : String.join(", ", given.subList(0, given.size() - 1)) + " and " + given.get(given.size() - 1)
                        + " take";
        return Optional.of("synth: note: " + named + " effect only with --simulate-migration; writing the fixtures "
                + "only");
    }
}
