package org.synthhealth.core.migration.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.synthhealth.core.format.vista.GlobalNode;

/**
 * Parses one line of a ZWR file ({@code ^DPT(7,0)="DOE,JOHN^M^2800115"}) into a {@link GlobalNode}: quoted strings
 * with doubled quotes and {@code $C(n,...)} concatenations are decoded.
 */
public final class ZwrLine {

    private ZwrLine() {
    }

    /** The node on this line, or empty for a header or blank line; a malformed node line raises an exception. */
    public static Optional<GlobalNode> parse(String line) {
        if (!line.startsWith("^")) {
            return Optional.empty();
        }
        int[] pos = {1};
        int open = line.indexOf('(');
        int equals = line.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("no '=' in ZWR line: " + line);
        }
        List<String> subscripts = new ArrayList<>();
        String global;
        if (open < 0 || open > equals) {
            global = line.substring(1, equals);
            pos[0] = equals;
        } else {
            global = line.substring(1, open);
            pos[0] = open + 1;
            while (true) {
                subscripts.add(expression(line, pos, ",)"));
                char c = line.charAt(pos[0]++);
                if (c == ')') {
                    break;
                }
            }
        }
        if (line.charAt(pos[0]++) != '=') {
            throw new IllegalArgumentException("expected '=' in ZWR line: " + line);
        }
        String value = expression(line, pos, "");
        return Optional.of(new GlobalNode(global, subscripts, value));
    }

    private static String expression(String line, int[] pos, String stops) {
        StringBuilder out = new StringBuilder();
        while (pos[0] < line.length() && stops.indexOf(line.charAt(pos[0])) < 0) {
            char c = line.charAt(pos[0]);
            if (c == '"') {
                pos[0]++;
                while (true) {
                    char s = line.charAt(pos[0]++);
                    if (s == '"') {
                        if (pos[0] < line.length() && line.charAt(pos[0]) == '"') {
                            out.append('"');
                            pos[0]++;
                        } else {
                            break;
                        }
                    } else {
                        out.append(s);
                    }
                }
            } else if (line.startsWith("$C(", pos[0])) {
                int close = line.indexOf(')', pos[0]);
                for (String code : line.substring(pos[0] + 3, close).split(",")) {
                    out.append((char) Integer.parseInt(code.trim()));
                }
                pos[0] = close + 1;
            } else if (c == '_') {
                pos[0]++;
            } else {
                int start = pos[0];
                while (pos[0] < line.length() && stops.indexOf(line.charAt(pos[0])) < 0
                        && line.charAt(pos[0]) != '_') {
                    pos[0]++;
                }
                out.append(line, start, pos[0]);
            }
        }
        return out.toString();
    }
}
