package org.synthhealth.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    private static final List<String> KINDS = List.of("patient", "encounter", "condition", "observation", "panel",
            "medication", "immunization", "procedure", "allergy", "family");

    @Test
    void idsOfPublishedCohortsNeverChange() {
        // Seed 7, patient 0: its patient id, its first encounter and its first observation, as written by the
        // versions before the id parts were split. A change here changes every fixture users have stored.
        assertThat(Ids.patient(7, 0)).isEqualTo("4e07d4e1-b58e-84d4-af4b-7e9fe0b43f1b");
        assertThat(Ids.of(7, 0, "encounter", 0)).isEqualTo("4e07d4e1-b58e-84d4-8587-bb2d7ced4956");
        assertThat(Ids.of(7, 0, "observation", 0)).isEqualTo("4e07d4e1-b58e-84d4-b10e-a6e91971b8a3");
    }

    @Test
    void thePartsGiveTheSameIdAsTheWhole() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            long seed = random.nextLong();
            long index = random.nextLong(10_000_000);
            String kind = KINDS.get(random.nextInt(KINDS.size()));
            int ordinal = random.nextInt(2_000);
            assertThat(Ids.of(Ids.patientBits(seed, index), Ids.kindBits(kind), ordinal))
                    .isEqualTo(Ids.of(seed, index, kind, ordinal));
        }
    }

    @Test
    void idsAreDistinctVersion8UuidsAcrossKindsOrdinalsAndPatients() {
        Set<String> seen = new HashSet<>();
        for (long index = 0; index < 200; index++) {
            for (String kind : KINDS) {
                for (int ordinal = 0; ordinal < 50; ordinal++) {
                    String id = Ids.of(42, index, kind, ordinal);
                    UUID uuid = UUID.fromString(id);
                    assertThat(uuid.version()).isEqualTo(8);
                    assertThat(uuid.variant()).isEqualTo(2);
                    assertThat(seen.add(id)).as("duplicate id %s", id).isTrue();
                }
            }
        }
    }
}
