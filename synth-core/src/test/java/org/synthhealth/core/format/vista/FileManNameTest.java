package org.synthhealth.core.format.vista;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileManNameTest {

    @Test
    void writesLastCommaFirstSpaceMiddleInUpperCase() {
        assertThat(FileManName.of("Doe", "John", Optional.of("Quincy")).value()).isEqualTo("DOE,JOHN QUINCY");
        assertThat(FileManName.of("Doe", "John", Optional.empty()).value()).isEqualTo("DOE,JOHN");
    }

    @Test
    void foldsAccentsAndLigaturesToAscii() {
        assertThat(FileManName.of("Muñoz", "José", Optional.of("Zoë")).value()).isEqualTo("MUNOZ,JOSE ZOE");
        assertThat(FileManName.of("Ødegård", "Łucja", Optional.empty()).value()).isEqualTo("ODEGARD,LUCJA");
        assertThat(FileManName.of("Weiß", "Æsa", Optional.empty()).value()).isEqualTo("WEISS,AESA");
    }

    @Test
    void keepsHyphensApostrophesAndSingleSpacesOnly() {
        assertThat(FileManName.of("O'Brien", "Jean - Luc", Optional.empty()).value()).isEqualTo("O'BRIEN,JEAN-LUC");
        assertThat(FileManName.of("Smith, Jr.", "Mary2", Optional.of("  Ann ")).value())
                .isEqualTo("SMITH JR,MARY ANN");
        assertThat(FileManName.of("Dubois^X", "Bob\tTab", Optional.of("-'")).value())
                .isEqualTo("DUBOIS X,BOB TAB");
    }

    @Test
    void shortensTheMiddleNameThenTheFirstThenTheLastToFitThirtyCharacters() {
        assertThat(FileManName.of("Abcdefghijklmnop", "Qrstuvwxyz", Optional.of("Middleton")).value())
                .isEqualTo("ABCDEFGHIJKLMNOP,QRSTUVWXYZ M");
        assertThat(FileManName.of("Abcdefghijklmnopqrst", "Qrstuvwxyz", Optional.of("M")).value())
                .isEqualTo("ABCDEFGHIJKLMNOPQRST,QRSTUVWXY");
        assertThat(FileManName.of("Kowalczyk-Wisniewska-Zielinska", "Anna", Optional.empty()).value())
                .isEqualTo("KOWALCZYK-WISNIEWSKA-ZIELINS,A");
    }

    @Test
    void alwaysGivesThreeToThirtyCharactersOfTheAllowedAlphabet() {
        String[] parts = {"a", "Li", "O'Neil-Smith", "Ñúñez de la Peña y Ortíz", "X.Y.Z.",
                "Jean-Baptiste Emmanuel",
            "ß", "Ab\u0000\u0007c"};
        for (String last : parts) {
            for (String first : parts) {
                for (String middle : parts) {
                    String name = FileManName.of(last, first, Optional.of(middle)).value();

                    assertThat(name).as(name).hasSizeBetween(3, 30).matches("[A-Z' -]+,[A-Z' -]+")
                            .doesNotContain("  ");
                    assertThat(FileManName.parse(name).value()).isEqualTo(name);
                }
            }
        }
    }

    @Test
    void rejectsANamePartWithoutLetters() {
        assertThatThrownBy(() -> FileManName.of("123", "John", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splitsAStoredNameIntoItsParts() {
        assertThat(FileManName.parse("DOE,JOHN QUINCY"))
                .isEqualTo(new FileManName("DOE", "JOHN", Optional.of("QUINCY")));
    }
}
