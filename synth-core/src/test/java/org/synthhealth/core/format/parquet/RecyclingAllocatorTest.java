package org.synthhealth.core.format.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RecyclingAllocatorTest {

    @Test
    void everySizeGetsTheSmallestClassThatHoldsItWastingAtMostAQuarter() {
        for (int size = 1; size <= 1 << 24; size = size < 70_000 ? size + 1 : size + 997) {
            int sizeClass = RecyclingAllocator.classOf(size);
            int length = RecyclingAllocator.lengthOf(sizeClass);

            assertThat(length).as("class length for %d", size).isGreaterThanOrEqualTo(size);
            if (size > 1024) {
                assertThat(length - size).as("waste for %d", size).isLessThanOrEqualTo(size / 4);
                assertThat(RecyclingAllocator.lengthOf(sizeClass - 1)).as("previous class for %d", size)
                        .isLessThan(size);
            }
            assertThat(RecyclingAllocator.classOf(length)).isEqualTo(sizeClass);
        }
        assertThat(RecyclingAllocator.classOf(0)).isEqualTo(-1);
        assertThat(RecyclingAllocator.classOf((1 << 24) + 1)).isEqualTo(-1);
    }

    @Test
    void aBufferHasExactlyTheRequestedRoomAndIsZeroedWhenReused() {
        RecyclingAllocator allocator = new RecyclingAllocator(1 << 20);
        SplittableRandom random = new SplittableRandom(7);
        List<ByteBuffer> held = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            int size = 1 + random.nextInt(300_000);
            ByteBuffer buffer = allocator.allocate(size);

            assertThat(buffer.position()).isZero();
            assertThat(buffer.capacity()).isEqualTo(size);
            assertThat(buffer.remaining()).isEqualTo(size);
            assertThat(buffer.hasArray()).isTrue();
            for (int b = 0; b < size; b += 97) {
                assertThat(buffer.get(b)).as("byte %d of a %d-byte buffer", b, size).isZero();
            }
            while (buffer.hasRemaining()) {
                buffer.put((byte) 0x5A);
            }
            held.add(buffer);
            if (random.nextBoolean()) {
                allocator.release(held.remove(random.nextInt(held.size())));
            }
        }
    }

    @Test
    void aReleasedBufferServesTheNextRequestOfItsClassAndKeepsNoMoreThanItsLimit() {
        RecyclingAllocator allocator = new RecyclingAllocator(3 * 1280);
        ByteBuffer first = allocator.allocate(1200);
        allocator.release(first);

        ByteBuffer second = allocator.allocate(1100);
        assertThat(second.array()).isSameAs(first.array());

        List<ByteBuffer> buffers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            buffers.add(allocator.allocate(1280));
        }
        buffers.forEach(allocator::release);
        List<byte[]> reused = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            byte[] array = allocator.allocate(1280).array();
            if (buffers.stream().anyMatch(b -> b.array() == array)) {
                reused.add(array);
            }
        }
        assertThat(reused).hasSize(3);
    }

    @Test
    void buffersItDidNotHandOutAreNotKept() {
        RecyclingAllocator allocator = new RecyclingAllocator(1 << 20);
        ByteBuffer foreign = ByteBuffer.allocate(1000);
        allocator.release(foreign);
        allocator.release(ByteBuffer.allocateDirect(1024));

        assertThat(allocator.allocate(1000).array()).isNotSameAs(foreign.array());
        assertThat(allocator.isDirect()).isFalse();
    }
}
