package org.octopusdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Stored audit values read in the reader's language: field names, coded values and lists of them. */
class AuditTextTest {

    @Test
    void aStoredDateReadsAsTheReaderWritesDatesAndNothingStoredAsADash() {
        Messages french = Messages.forLanguage("fr");

        assertThat(AuditText.readable("payment.note: 2023-12-11\npayment.note: \npayment.note: 2023-12-11 or later",
                french)).isEqualTo(french.text("payment.note") + " : 11/12/2023\n" + french.text("payment.note")
                        + " : —\n" + french.text("payment.note") + " : 2023-12-11 or later");
    }

    @Test
    void aListOfCodedValuesIsReadInWordsAndOtherTextAsStored() {
        Messages french = Messages.forLanguage("fr");

        assertThat(AuditText.readable("payment.confirmedWarnings: payment.warning.advance, "
                + "payment.warning.overpayment\npayment.note: a, b", french))
                .isEqualTo(french.text("payment.confirmedWarnings") + " : anticipé, trop-perçu\n"
                        + french.text("payment.note") + " : a, b");
    }
}
