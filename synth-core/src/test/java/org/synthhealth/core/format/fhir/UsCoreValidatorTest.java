package org.synthhealth.core.format.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.format.fhir.internal.CdcRaceEthnicityCheck;
import org.synthhealth.core.testing.SharedFolder;

class UsCoreValidatorTest {

    @Test
    void shippedCdcCodesAreExactlyTheCodesOfTheUsCore311CodeSystem() throws IOException {
        JsonNode codeSystem = new ObjectMapper().readTree(SharedFolder.resolve(
                "fhir/hl7.fhir.us.core#3.1.1/package/CodeSystem-cdcrec.json").toFile());
        Set<String> published = new TreeSet<>();
        collect(codeSystem.path("concept"), published);

        assertThat(codeSystem.path("url").asText()).isEqualTo(CdcRaceEthnicityCheck.SYSTEM);
        assertThat(published).hasSize(966);
        assertThat(CdcRaceEthnicityCheck.codes()).isEqualTo(published);
    }

    @Test
    void aCacheWithoutUsCoreIsAUserErrorNamingTheFolderAndTheFix(@TempDir Path emptyCache) {
        assertThatThrownBy(() -> UsCoreValidator.fromPackageCache(emptyCache, UsCoreVersion.V6_1_0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(emptyCache.toString())
                .hasMessageContaining("hl7.fhir.us.core#6.1.0/package/package.json not found")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aMissingCacheFolderIsAUserError(@TempDir Path parent) {
        assertThatThrownBy(() -> UsCoreValidator.fromPackageCache(parent.resolve("nope"), UsCoreVersion.V3_1_1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a folder");
    }

    private static void collect(JsonNode concepts, Set<String> out) {
        for (JsonNode concept : concepts) {
            out.add(concept.path("code").asText());
            collect(concept.path("concept"), out);
        }
    }
}
