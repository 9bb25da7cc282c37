package org.octopusdesk.service.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 9, finding 3: text a spreadsheet would run as a formula is written as text and read back unchanged. */
class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1", "=",
        "'=1+1", "''@x"})
    void aFormulaStartGetsOneQuoteThatImportTakesAway(String text) {
        String cell = SpreadsheetText.protect(text);

        assertThat(cell).isEqualTo("'" + text);
        assertThat(SpreadsheetText.unprotect(cell)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Announced in Strasbourg", "CA-2020-1", "'quoted'", "a=b", "x-y", "'", "''",
        "2020-10-19", "1.5"})
    void otherTextIsLeftAsItIs(String text) {
        assertThat(SpreadsheetText.protect(text)).isEqualTo(text);
        assertThat(SpreadsheetText.unprotect(text)).isEqualTo(text);
    }
}
