package org.kabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IndonesianStemmerTest {

    private final IndonesianStemmer stemmer = new IndonesianStemmer();

    @Test
    void affixesAreStripped() {
        assertEquals("bicara", stemmer.stem("pembicaraan"));
        assertEquals("bicara", stemmer.stem("berbicara"));
        assertEquals("serang", stemmer.stem("serangan"));
    }

    @Test
    void reduplicationStemsToItsBase() {
        assertEquals("negara", stemmer.stem("negara-negara"));
        assertEquals("minggu", stemmer.stem("berminggu-minggu"));
        assertEquals("sekutu", stemmer.stem("sekutu-sekutunya"));
    }

    @Test
    void hyphenatedCompoundIsNotReduplication() {
        assertEquals("timbal-balik", stemmer.stem("timbal-balik"));
    }
}
