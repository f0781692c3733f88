package org.synthhealth.core.format.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

class PrintedTextsTest {

    private static final CSVFormat DIALECT = CsvFormat.DIALECT;
    /** Characters that change how a CSV cell is printed, mixed with ordinary ones. */
    private static final String ALPHABET = "ab ,\"\r\n#\tüZ'-";

    @Test
    void printsEveryValueAsTheDialectDoesAtTheStartOfARecordAndAfterIt() throws IOException {
        String[] values = {"Body height", "", " leading", "trailing ", "a,b", "say \"hi\"", "two\r\nlines", "#tag",
            "Zoë O'Brien-Núñez", "\tTab", "Body height", ""};
        for (boolean newRecord : new boolean[] {true, false}) {
            PrintedTexts texts = new PrintedTexts(newRecord);
            for (int round = 0; round < 3; round++) {
                for (String value : values) {
                    // A fresh copy each time: the cache must compare text, not identity.
                    assertThat(viaCache(texts, new String(value.toCharArray())))
                            .as("%s, newRecord=%s", value, newRecord).isEqualTo(direct(value, newRecord));
                }
            }
        }
    }

    @Test
    void keepsValuesApartThatShareASlot() throws IOException {
        List<String> sameSlot = new ArrayList<>();
        for (int i = 0; sameSlot.size() < 4; i++) {
            String value = "v\"," + i;
            if ((value.hashCode() & 255) == 7) {
                sameSlot.add(value);
            }
        }
        PrintedTexts texts = new PrintedTexts(false);
        for (int round = 0; round < 3; round++) {
            for (String value : sameSlot) {
                assertThat(viaCache(texts, value)).as("%s, round %d", value, round)
                        .isEqualTo(direct(value, false));
            }
        }
    }

    @Test
    void matchesTheDialectOverThousandsOfRandomCellsRepeatedOrNot() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            pool.add(randomText(random));
        }
        // A column that repeats its values (the cache stays on), then one that never does (it switches itself off).
        PrintedTexts repeating = new PrintedTexts(false);
        PrintedTexts unique = new PrintedTexts(false);
        StringBuilder viaCache = new StringBuilder();
        StringBuilder direct = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            String repeated = pool.get(random.nextInt(pool.size()));
            String fresh = randomText(random) + i;
            repeating.print(DIALECT, repeated, viaCache);
            unique.print(DIALECT, fresh, viaCache);
            DIALECT.print(repeated, direct, false);
            DIALECT.print(fresh, direct, false);
        }

        assertThat(viaCache.toString()).isEqualTo(direct.toString());
    }

    private static String randomText(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static String viaCache(PrintedTexts texts, String value) throws IOException {
        StringBuilder out = new StringBuilder("x");
        texts.print(DIALECT, value, out);
        return out.toString();
    }

    private static String direct(String value, boolean newRecord) throws IOException {
        StringBuilder out = new StringBuilder("x");
        DIALECT.print(value, out, newRecord);
        return out.toString();
    }
}
