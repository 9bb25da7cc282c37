package org.octopusdesk.service.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** What every import reads the same way: the header's names, the lines' ends, and values with no column. */
class CsvSheetTest {

    @Test
    void aColumnNamedTwiceInAnyCaseOrSpellingIsRefusedOnTheHeadersLine() {
        assertThatThrownBy(() -> CsvSheet.parse("project,amount,currency,amount\nOCTOPUS,100,EUR,999\n"))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> {
                    assertThat(refused.line()).isEqualTo(1);
                    assertThat(refused.column()).isEqualTo("amount");
                    assertThat(refused.messageKey()).isEqualTo("error.csv.columnTwice");
                });
        assertThatThrownBy(() -> CsvSheet.parse("Amount,project,amount\n100,X,999\n"))
                .isInstanceOf(CsvRefusedException.class);
        assertThatThrownBy(() -> CsvSheet.parse("bank_eur,Bank EUR\n1,2\n")).isInstanceOf(CsvRefusedException.class);
    }

    @Test
    void aHeaderWithNoLineUnderItIsRefusedOnTheHeadersLineWhereBlankLinesCountForNothing() {
        assertThatThrownBy(() -> CsvSheet.parse("sep=;\nproject;amount\n\n\n").requireRows())
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> {
                    assertThat(refused.line()).isEqualTo(2);
                    assertThat(refused.messageKey()).isEqualTo("error.csv.noRows");
                });
        assertThat(CsvSheet.parse("project,amount\nOCTOPUS,1\n").requireRows().rows()).hasSize(1);
    }

    @Test
    void namesWithSpacesOrHyphensAreTheColumnsWithUnderscores() {
        CsvSheet sheet = CsvSheet.parse("Country,Instrument,Signature Date,ratification-date\nFR,ETS 185,2001-11-23,"
                + "2006-01-10\n");
        CSVRecord row = sheet.rows().get(0);

        assertThat(sheet.get(row, "signature_date")).isEqualTo("2001-11-23");
        assertThat(sheet.get(row, "ratification_date")).isEqualTo("2006-01-10");
        assertThat(sheet.get(row, "country")).isEqualTo("FR");
        assertThat(sheet.get(row, "notes")).isEmpty();
    }

    @Test
    void aValueBeyondTheHeadersColumnsIsRefusedWithItsLineAndHowManyMoreLinesHaveOne() {
        String text = "project,date,category,amount,currency,description\n"
                + "OCTOPUS,2024-03-01,travel,100,EUR,Flights, hotels and taxis\n"
                + "OCTOPUS,2024-03-02,travel,100,EUR,\"Quoted, so whole\"\n"
                + "OCTOPUS,2024-03-03,travel,100,EUR,Paid by wire, see letter\n";

        assertThatThrownBy(() -> CsvSheet.parse(text)).isInstanceOfSatisfying(CsvRefusedException.class, refused -> {
            assertThat(refused.line()).isEqualTo(2);
            assertThat(refused.messageKey()).isEqualTo("error.csv.valuesBeyondHeader");
            assertThat(refused.arguments()).containsExactly(7, 6L, 1);
        });
    }

    @Test
    void emptyValuesBeyondTheHeaderAndAnEmptyNameAtItsEndAreHarmless() {
        CsvSheet trailing = CsvSheet.parse("project,amount,\nOCTOPUS,100,\nOCTOPUS,200,,,\n");
        assertThat(trailing.rows()).hasSize(2);
        assertThat(trailing.get(trailing.rows().get(1), "amount")).isEqualTo("200");

        assertThatThrownBy(() -> CsvSheet.parse("project,amount,\nOCTOPUS,100,forgotten\n"))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("error.csv.valuesBeyondHeader"));
    }

    @Test
    void linesEndedByACarriageReturnAloneAreCountedAsAnEditorShowsThem() {
        CsvSheet sheet = CsvSheet.parse("project,amount\rA,1\r\rB,2\r\"C\rD\",3\rE,4\r");

        assertThat(sheet.rows()).extracting(sheet::line).containsExactly(2, 4, 5, 7);
        CsvSheet mixed = CsvSheet.parse("project,amount\r\nA,1\r\n\r\nB,2\nC,3\r");
        assertThat(mixed.rows()).extracting(mixed::line).containsExactly(2, 4, 5);
    }

    @Test
    void aSpreadsheetsSeparatorLineSaysTheSeparatorAndTheHeaderFollowsIt() {
        CsvSheet sheet = CsvSheet.parse("\uFEFFsep=;\r\nproject;amount;note\r\nOCTOPUS;150000,50;a, b\r\n");
        CSVRecord row = sheet.rows().get(0);

        assertThat(sheet.get(row, "note")).isEqualTo("a, b");
        assertThat(sheet.number(sheet.get(row, "amount"))).hasValueSatisfying(amount ->
                assertThat(amount).isEqualByComparingTo("150000.50"));
        assertThat(sheet.line(row)).isEqualTo(3);
        assertThatThrownBy(() -> sheet.requireColumns(List.of("currency"), List.of("currency"))).isInstanceOfSatisfying(
                CsvRefusedException.class, refused -> assertThat(refused.line()).as("the header's").isEqualTo(2));
    }

    @Test
    void aMalformedLineIsNamedAsTheFileCountsItAndTextAfterAQuoteIsExplained() {
        // Before, commons-csv's "at line: 3" was not read, and the person was sent to "Line 0".
        assertThatThrownBy(() -> CsvSheet.parse("project,note\nOCTOPUS,a\nOCTOPUS,\"Octopus\" 2024\n"))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> {
                    assertThat(refused.line()).isEqualTo(3);
                    assertThat(refused.messageKey()).isEqualTo("error.csv.textAfterQuote");
                });
        assertThatThrownBy(() -> CsvSheet.parse("sep=,\nproject,note\nOCTOPUS,\"Octopus\" 2024\n"))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused ->
                        assertThat(refused.line()).as("after the separator's line").isEqualTo(3));
        assertThatThrownBy(() -> CsvSheet.parse("sep=;\nproject;note\nOCTOPUS;\"left open\n"))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> {
                    assertThat(refused.line()).isEqualTo(3);
                    assertThat(refused.messageKey()).isEqualTo("error.contributionImport.malformed");
                });
    }

    @Test
    void aHeaderLackingColumnsNamesThemAllAndWhatItHasInstead() {
        List<String> required = List.of("project", "date", "description", "amount");
        List<String> known = List.of("project", "date", "description", "amount", "bank_eur");

        assertThatThrownBy(() -> CsvSheet.parse("project,date,descripton,amount,bank_eur\n")
                .requireColumns(required, known)).isInstanceOfSatisfying(CsvRefusedException.class, refused -> {
                    assertThat(refused.line()).isEqualTo(1);
                    assertThat(refused.messageKey()).isEqualTo("error.csv.missingColumn.near");
                    assertThat(refused.arguments()).containsExactly("description", "descripton");
                });
        assertThatThrownBy(() -> CsvSheet.parse("projet;date;libellé;montant\n").requireColumns(required, known))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.csv.missingColumns.unread");
                    assertThat(refused.arguments()).containsExactly(3, "project, description, amount", 3,
                            "projet, libellé, montant");
                });
        assertThatThrownBy(() -> CsvSheet.parse("date,bank_eur\n").requireColumns(required, known))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.arguments())
                        .containsExactly(3, "project, description, amount"));
        assertThat(CsvSheet.parse("Amount,Project,Date,Description\n").requireColumns(required, known).rows())
                .isEmpty();
        assertThatThrownBy(() -> CsvSheet.parse("Project,Date,Descrip-tion,Amount\n").requireColumns(required, known))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.arguments())
                        .as("the header's column as the file writes it").containsExactly("description",
                                "Descrip-tion"));
    }
}
