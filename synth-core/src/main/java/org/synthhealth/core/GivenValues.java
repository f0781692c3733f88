package org.synthhealth.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The builders' checks of what a caller hands them: a null where a value belongs is refused at once, as an
 * {@link InvalidInputException} naming the setting (YAML key and builder method), not as a
 * {@code NullPointerException} from deep inside a later step.
 */
final class GivenValues {

    private GivenValues() {
    }

    /** {@code value}, refused when null. */
    static <T> T present(String setting, T value) {
        if (value == null) {
            throw new InvalidInputException(setting + ": is null; give a value, or leave the setting out to keep "
                    + "its default");
        }
        return value;
    }

    /** An immutable copy of {@code values}, refused when it or any element is null. */
    static <T> List<T> list(String setting, Collection<T> values) {
        present(setting, values);
        List<T> copy = new ArrayList<>(values.size());
        for (T value : values) {
            if (value == null) {
                throw new InvalidInputException(setting + ": holds a null; give only values");
            }
            copy.add(value);
        }
        return List.copyOf(copy);
    }

    /** An immutable copy of {@code values}, refused when it or any element is null. */
    static <T> Set<T> set(String setting, Collection<T> values) {
        return Set.copyOf(list(setting, values));
    }

    /** An immutable copy of {@code map}, refused when it, a key or a value is null. */
    static <K, V> Map<K, V> map(String setting, Map<K, V> map) {
        present(setting, map);
        Map<K, V> copy = new LinkedHashMap<>();
        for (Map.Entry<K, V> entry : map.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null) {
                throw new InvalidInputException(setting + ": holds a null key or value (" + entry.getKey() + "); "
                        + "give every key a value");
            }
            copy.put(entry.getKey(), entry.getValue());
        }
        return Map.copyOf(copy);
    }
}
