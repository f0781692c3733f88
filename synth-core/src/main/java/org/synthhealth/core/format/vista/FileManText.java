package org.synthhealth.core.format.vista;

import java.text.Normalizer;

/**
 * The one rule by which free text becomes a FileMan value: ASCII only, no piece delimiter, no control characters.
 *
 * <p>{@link #clean(String)} applies, in order: accents are folded to ASCII ({@code é} to {@code e}, {@code ß} to
 * {@code ss}, {@code Æ} to {@code AE}); every {@code ^} (FileMan's piece delimiter) becomes {@code ~}; every control
 * character (U+0000 to U+001F and U+007F, including tab, carriage return and line feed) becomes a space; any other
 * character outside printable ASCII becomes {@code ?}. Every free-text value this project writes into a piece passes
 * through it, so a value never splits into extra pieces and every ZWR line is printable ASCII.
 */
public final class FileManText {

    private FileManText() {
    }

    /** {@code text} made safe to place in a FileMan piece by the rule above. */
    public static String clean(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '^') {
                out.append('~');
            } else if (c < 32 || c == 127) {
                out.append(' ');
            } else if (c > 126) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #clean(String)}, then cut to at most {@code max} characters (FileMan field lengths). */
    public static String clean(String text, int max) {
        String cleaned = clean(text);
        return cleaned.length() <= max ? cleaned : cleaned.substring(0, max);
    }

    /** Folds accented letters and common ligatures to ASCII; keeps case and every other character. */
    public static String fold(String text) {
        StringBuilder spelled = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'ß' -> spelled.append("ss");
                case 'Æ' -> spelled.append("AE");
                case 'æ' -> spelled.append("ae");
                case 'Œ' -> spelled.append("OE");
                case 'œ' -> spelled.append("oe");
                case 'Ø' -> spelled.append('O');
                case 'ø' -> spelled.append('o');
                case 'Ł' -> spelled.append('L');
                case 'ł' -> spelled.append('l');
                case 'Đ', 'Ð' -> spelled.append('D');
                case 'đ', 'ð' -> spelled.append('d');
                case 'Þ' -> spelled.append("TH");
                case 'þ' -> spelled.append("th");
                case 'ı' -> spelled.append('i');
                default -> spelled.append(c);
            }
        }
        return Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
