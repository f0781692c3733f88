package org.synthhealth.core.format.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.avro.util.Utf8;
import org.junit.jupiter.api.Test;

class TextCacheTest {

    @Test
    void storesTheUtf8BytesOfEveryValueWhetherCachedOrNot() {
        TextCache cache = new TextCache();
        String[] values = {"Body height", "http://loinc.org", "Zoë O'Brien-Núñez", "", "cm", "Body height"};
        for (int round = 0; round < 3; round++) {
            for (String value : values) {
                // A fresh copy each time: the cache must compare text, not identity.
                Object stored = cache.stored(new String(value.toCharArray()));
                assertThat(bytes(stored)).isEqualTo(value.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void reusesTheEncodingOfARepeatedValue() {
        TextCache cache = new TextCache();
        Object first = cache.stored("vital-signs");

        assertThat(cache.stored("vital-signs")).isSameAs(first);
    }

    @Test
    void stopsCachingAColumnWhoseValuesNeverRepeat() {
        TextCache cache = new TextCache();
        for (int i = 0; i < 20_000; i++) {
            String id = "id-" + i;
            Object stored = cache.stored(id);
            assertThat(bytes(stored)).isEqualTo(id.getBytes(StandardCharsets.UTF_8));
        }

        assertThat(cache.stored("id-last")).isEqualTo("id-last");
    }

    private static byte[] bytes(Object stored) {
        if (stored instanceof Utf8 utf8) {
            return java.util.Arrays.copyOf(utf8.getBytes(), utf8.getByteLength());
        }
        return ((String) stored).getBytes(StandardCharsets.UTF_8);
    }
}
