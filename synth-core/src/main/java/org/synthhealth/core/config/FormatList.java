package org.synthhealth.core.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.InteropFormat;
import org.synthhealth.core.TableFormat;

/**
 * The output formats by name ({@code csv}, {@code parquet}, {@code fhir}, {@code hl7}, {@code vista}), as the
 * {@code formats} key and the {@code --formats} flag give them, mapped onto a spec's table format and interop formats.
 * A list names every format to write; a spec without one writes what its table choice implies (see
 * {@link CohortSpec#interopFormats()}).
 */
public final class FormatList {

    /** Every format name, in the order files are written and listed. */
    public static final List<String> NAMES = List.of("csv", "parquet", "fhir", "hl7", "vista");

    private FormatList() {
    }

    /**
     * Sets {@code builder}'s table and interop formats to exactly {@code names}.
     *
     * @throws IllegalArgumentException naming the first unknown name or an empty list; callers add the place
     */
    public static CohortSpecBuilder apply(CohortSpecBuilder builder, Collection<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no format given; name at least one of " + String.join(", ", NAMES));
        }
        Set<InteropFormat> interop = EnumSet.noneOf(InteropFormat.class);
        boolean csv = false;
        boolean parquet = false;
        for (String raw : names) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "csv" -> csv = true;
                case "parquet" -> parquet = true;
                case "fhir" -> interop.add(InteropFormat.FHIR);
                case "hl7" -> interop.add(InteropFormat.HL7);
                case "vista" -> interop.add(InteropFormat.VISTA);
                default -> throw new IllegalArgumentException("unknown format \"" + raw + "\"; use any of "
                        + String.join(", ", NAMES));
            }
        }
        return builder.outputFormat(tables(csv, parquet)).interopFormats(interop);
    }

    /**
     * The names in comma-separated {@code lists} ({@code "csv,parquet"}), in order.
     *
     * @throws IllegalArgumentException when a name between commas is empty ({@code "csv,"}, {@code ",csv"},
     *     {@code "csv,,hl7"}); callers add the place
     */
    public static List<String> split(Collection<String> lists) {
        List<String> names = new ArrayList<>();
        for (String list : lists) {
            for (String name : list.split(",", -1)) {
                if (name.isBlank()) {
                    throw new IllegalArgumentException("\"" + list + "\" has an empty name; write the names with "
                            + "one comma between each, for example csv,parquet");
                }
                names.add(name);
            }
        }
        return names;
    }

    /** The table format writing CSV and/or Parquet as asked. */
    public static TableFormat tables(boolean csv, boolean parquet) {
        if (csv && parquet) {
            return TableFormat.BOTH;
        }
        if (csv) {
            return TableFormat.CSV;
        }
        return parquet ? TableFormat.PARQUET : TableFormat.NONE;
    }

    /** The names of the formats {@code spec} asks for, in {@link #NAMES} order. */
    public static List<String> of(CohortSpec spec) {
        List<String> names = new ArrayList<>();
        TableFormat tables = spec.outputFormat();
        if (tables == TableFormat.CSV || tables == TableFormat.BOTH) {
            names.add("csv");
        }
        if (tables == TableFormat.PARQUET || tables == TableFormat.BOTH) {
            names.add("parquet");
        }
        for (InteropFormat format : InteropFormat.values()) {
            if (spec.interopFormats().contains(format)) {
                names.add(format.label());
            }
        }
        return names;
    }
}
