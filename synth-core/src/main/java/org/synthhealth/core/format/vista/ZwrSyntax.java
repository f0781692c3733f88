package org.synthhealth.core.format.vista;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes and reads single ZWR lines, {@code ^DPT(7,0)="DOE,JOHN^M^2800115"}, as GT.M's {@code mupip load} reads them.
 *
 * <p>Subscripts and values that are canonical MUMPS numbers (no leading or trailing zeros, no {@code +}, at most 18
 * digits, such as {@code 7}, {@code .02}, {@code -1.5}) are written bare; everything else is a quoted string in which
 * {@code "} is doubled. Characters outside printable ASCII (below 32, 127 and above) are written as
 * {@code $C(n,...)} and joined to the quoted runs with {@code _}: a line feed inside a value becomes
 * {@code "a"_$C(10)_"b"}. Stateless and thread-safe.
 */
public final class ZwrSyntax {

    private static final Pattern CANONICAL =
            Pattern.compile("0|-?(?:[1-9][0-9]*(?:\\.[0-9]*[1-9])?|\\.[0-9]*[1-9])");
    private static final int MAX_DIGITS = 18;

    private ZwrSyntax() {
    }

    /** Whether {@code text} is a canonical MUMPS number that GT.M stores exactly, so it may be written bare. */
    public static boolean isCanonicalNumber(String text) {
        if (!CANONICAL.matcher(text).matches()) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        return digits <= MAX_DIGITS;
    }

    /** The ZWR line for {@code node}, without a line terminator. */
    public static String format(GlobalNode node) {
        StringBuilder line = new StringBuilder(64);
        line.append('^').append(node.global());
        if (!node.subscripts().isEmpty()) {
            line.append('(');
            for (int i = 0; i < node.subscripts().size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                appendLiteral(line, node.subscripts().get(i));
            }
            line.append(')');
        }
        line.append('=');
        appendLiteral(line, node.value());
        return line.toString();
    }

    /** The MUMPS literal for {@code text}: bare when canonical, otherwise quoted with {@code $C()} for the rest. */
    public static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        appendLiteral(out, text);
        return out.toString();
    }

    /**
     * Reads one ZWR line.
     *
     * @throws IllegalArgumentException naming the column when the line is not a ZWR node
     */
    public static GlobalNode parse(String line) {
        return new LineParser(line).node();
    }

    private static void appendLiteral(StringBuilder out, String text) {
        if (isCanonicalNumber(text)) {
            out.append(text);
            return;
        }
        if (text.isEmpty()) {
            out.append("\"\"");
            return;
        }
        int i = 0;
        boolean first = true;
        while (i < text.length()) {
            if (!first) {
                out.append('_');
            }
            first = false;
            int cp = text.codePointAt(i);
            if (isPrintable(cp)) {
                out.append('"');
                while (i < text.length() && isPrintable(text.codePointAt(i))) {
                    char c = text.charAt(i++);
                    out.append(c == '"' ? "\"\"" : String.valueOf(c));
                }
                out.append('"');
            } else {
                out.append("$C(");
                boolean firstCode = true;
                while (i < text.length() && !isPrintable(text.codePointAt(i))) {
                    int code = text.codePointAt(i);
                    out.append(firstCode ? "" : ",").append(code);
                    firstCode = false;
                    i += Character.charCount(code);
                }
                out.append(')');
            }
        }
    }

    private static boolean isPrintable(int cp) {
        return cp >= 32 && cp <= 126;
    }

    /** A hand-written recursive-descent reader for the small grammar of ZWR lines. */
    private static final class LineParser {
        private final String line;
        private int pos;

        LineParser(String line) {
            this.line = line;
        }

        GlobalNode node() {
            expect('^');
            int start = pos;
            while (pos < line.length() && (Character.isLetterOrDigit(line.charAt(pos)) || line.charAt(pos) == '%')) {
                pos++;
            }
            if (pos == start) {
                throw error("a global name");
            }
            String global = line.substring(start, pos);
            List<String> subscripts = new ArrayList<>();
            if (peek() == '(') {
                pos++;
                subscripts.add(literal());
                while (peek() == ',') {
                    pos++;
                    subscripts.add(literal());
                }
                expect(')');
            }
            expect('=');
            String value = literal();
            if (pos != line.length()) {
                throw error("the end of the line");
            }
            return new GlobalNode(global, subscripts, value);
        }

        private String literal() {
            char c = peek();
            if (c == '-' || c == '.' || (c >= '0' && c <= '9')) {
                int start = pos;
                while (pos < line.length() && "-.0123456789".indexOf(line.charAt(pos)) >= 0) {
                    pos++;
                }
                String number = line.substring(start, pos);
                if (!CANONICAL.matcher(number).matches()) {
                    pos = start;
                    throw error("a canonical number");
                }
                return number;
            }
            StringBuilder text = new StringBuilder();
            stringPart(text);
            while (peek() == '_') {
                pos++;
                stringPart(text);
            }
            return text.toString();
        }

        private void stringPart(StringBuilder text) {
            if (peek() == '"') {
                pos++;
                while (true) {
                    if (pos >= line.length()) {
                        throw error("a closing quote");
                    }
                    char c = line.charAt(pos++);
                    if (c == '"') {
                        if (peek() != '"') {
                            return;
                        }
                        pos++;
                    }
                    text.append(c);
                }
            }
            if (peek() == '$') {
                int open = line.indexOf('(', pos);
                if (open < 0) {
                    throw error("$C(");
                }
                String function = line.substring(pos + 1, open).toUpperCase(java.util.Locale.ROOT);
                if (!List.of("C", "CHAR", "ZCH", "ZCHAR").contains(function)) {
                    throw error("$C( or $ZCH(");
                }
                pos = open + 1;
                do {
                    int start = pos;
                    while (pos < line.length() && Character.isDigit(line.charAt(pos))) {
                        pos++;
                    }
                    if (start == pos) {
                        throw error("a character code");
                    }
                    text.appendCodePoint(Integer.parseInt(line.substring(start, pos)));
                } while (peek() == ',' && ++pos > 0);
                expect(')');
                return;
            }
            throw error("a number, a quoted string or $C(");
        }

        private char peek() {
            return pos < line.length() ? line.charAt(pos) : '\0';
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("'" + c + "'");
            }
            pos++;
        }

        private IllegalArgumentException error(String expected) {
            return new IllegalArgumentException("column " + (pos + 1) + ": expected " + expected);
        }
    }
}
