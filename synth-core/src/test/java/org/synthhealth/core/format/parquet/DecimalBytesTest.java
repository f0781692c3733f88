package org.synthhealth.core.format.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalBytesTest {

    @Test
    void writesTheUnscaledValueAtScaleSixAsEightBigEndianBytes() {
        SplittableRandom random = new SplittableRandom(3);
        byte[] bytes = new byte[8];
        for (int i = 0; i < 10_000; i++) {
            // Any value with up to 12 integer and 6 fraction digits, of either sign, at any scale up to six.
            long unscaled = random.nextLong(-999_999_999_999_999_999L, 1_000_000_000_000_000_000L);
            int scale = random.nextInt(7);
            BigDecimal value = BigDecimal.valueOf(unscaled / pow10(6 - scale), scale);

            AvroTableSchema.writeDecimal(value, bytes);

            BigDecimal readBack = new BigDecimal(new BigInteger(bytes), AvroTableSchema.DECIMAL_SCALE);
            assertThat(readBack).isEqualByComparingTo(value);
        }
    }

    @Test
    void refusesValuesThatDoNotFitDecimalEighteenSix() {
        byte[] bytes = new byte[8];

        assertThatThrownBy(() -> AvroTableSchema.writeDecimal(new BigDecimal("0.0000001"), bytes))
                .hasMessageContaining("0.0000001 does not fit DECIMAL(18, 6)");
        assertThatThrownBy(() -> AvroTableSchema.writeDecimal(new BigDecimal("1000000000000"), bytes))
                .hasMessageContaining("1000000000000 does not fit DECIMAL(18, 6)");
        assertThatThrownBy(() -> AvroTableSchema.writeDecimal(new BigDecimal("-1000000000000"), bytes))
                .hasMessageContaining("does not fit");
        AvroTableSchema.writeDecimal(new BigDecimal("999999999999.999999"), bytes);
        assertThat(new BigInteger(bytes)).isEqualTo(new BigInteger("999999999999999999"));
    }

    private static long pow10(int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= 10;
        }
        return result;
    }
}
