package org.synthhealth.core.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Escaping and number formatting shared by the page and its charts; locale-independent. */
final class Html {

    private Html() {
    }

    /** Escapes text for use in element content and in double-quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A number with at most {@code decimals} decimals, trailing zeros kept, never in exponent form. */
    static String number(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** A share in [0, 1] as a percentage with one decimal, for example {@code 92.5%}; {@code n/a} for NaN. */
    static String percent(double share) {
        if (Double.isNaN(share)) {
            return "n/a";
        }
        return number(share * 100.0, 1) + "%";
    }

    /** A coordinate for SVG: one decimal, plain. */
    static String coord(double value) {
        return number(value, 1);
    }
}
