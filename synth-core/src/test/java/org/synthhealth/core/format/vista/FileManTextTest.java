package org.synthhealth.core.format.vista;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileManTextTest {

    @Test
    void replacesThePieceDelimiterWithATilde() {
        assertThat(FileManText.clean("a^b^^c")).isEqualTo("a~b~~c");
    }

    @Test
    void replacesEveryControlCharacterWithASpace() {
        assertThat(FileManText.clean("a\tb\r\nc\u0000d\u007fe")).isEqualTo("a b  c d e");
    }

    @Test
    void foldsAccentsAndMarksWhatCannotBeFolded() {
        assertThat(FileManText.clean("Crème brûlée, Straße")).isEqualTo("Creme brulee, Strasse");
        assertThat(FileManText.clean("中文 ok")).isEqualTo("?? ok");
    }

    @Test
    void leavesPrintableAsciiAlone() {
        String ascii = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCXYZ[\\]_`abcxyz{|}~";

        assertThat(FileManText.clean(ascii)).isSameAs(ascii);
    }

    @Test
    void cutsToAFieldLengthAfterCleaning() {
        assertThat(FileManText.clean("é^é^é", 3)).isEqualTo("e~e");
    }
}
