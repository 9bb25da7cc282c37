package org.octopusdesk.service.spending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.ExpenditureCategory;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.contributions.ImportProblem;

/** Importing and exporting expenditure lines as CSV, on real H2: all of a file or nothing. */
class SpendingFilesTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private SpendingFiles files;

    @BeforeEach
    void open() {
        database = TestDatabase.withRates(folder.resolve("db"));
        new SpendingFixture(database);
        files = database.spendingFiles();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<Expenditure> stored() {
        return database.spending().list(ExpenditureQuery.all());
    }

    @Test
    void theSameFileImportedTwiceWaitsForAConfirmationTheSecondTime() {
        String file = "project,date,category,description,amount,currency\n"
                + "OCTOPUS,2024-10-15,Travel,Flights to Strasbourg,6000,CAD\n"
                + "OCTOPUS,2024-10-16,Travel,Taxi,40.00,EUR\n";
        files.importText(file);

        assertThatThrownBy(() -> files.importText(file))
                .isInstanceOfSatisfying(SpendingImportException.class, refused -> {
                    assertThat(refused.onlyWarnings()).isTrue();
                    assertThat(refused.messageKey()).isEqualTo("error.contributionImport.needsConfirmation");
                    assertThat(refused.arguments()).containsExactly(0, 2);
                    assertThat(refused.report().warnings()).extracting(ImportProblem::line, ImportProblem::messageKey)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "warning.spending.repeated"),
                                    org.assertj.core.groups.Tuple.tuple(3, "warning.spending.repeated"));
                    assertThat(refused.report().warnings().get(1).arguments()).containsExactly(
                            LocalDate.of(2024, 10, 16), new BigDecimal("40.00"), "EUR", "Taxi");
                });
        assertThat(stored()).hasSize(2);

        // Another amount, day or description is another expenditure; the same in other case and spacing is not.
        SpendingImportReport other = files.importText("project,date,category,description,amount,currency\n"
                + "OCTOPUS,2024-10-16,Travel,Taxi,41,EUR\n"
                + "OCTOPUS,2024-10-17,Travel,Taxi,40,EUR\n"
                + "OCTOPUS,2024-10-16,Travel,Taxi back,40,EUR\n");
        assertThat(other.imported()).isEqualTo(3);
        assertThatThrownBy(() -> files.importText("project,date,category,description,amount,currency\n"
                + "octopus,2024-10-16,travel,\" TAXI \",40,eur\n"))
                .isInstanceOfSatisfying(SpendingImportException.class, refused -> assertThat(refused.onlyWarnings())
                        .isTrue());

        SpendingImportReport confirmed = files.importText(file, true);
        assertThat(confirmed.imported()).isEqualTo(2);
        assertThat(confirmed.warnings()).hasSize(2);
        assertThat(stored()).hasSize(7);
    }

    @Test
    void bankEurosFarFromTheEcbRateWaitForAConfirmationOnTheirColumn() {
        String file = "project,date,category,description,amount,currency,bank_eur\n"
                + "OCTOPUS,2024-10-15,travel,Flights,6000,CAD,3985.20\n"
                + "OCTOPUS,2024-10-16,travel,Hotel,6000,CAD,39852.00\n";

        assertThatThrownBy(() -> files.importText(file))
                .isInstanceOfSatisfying(SpendingImportException.class, refused -> {
                    assertThat(refused.onlyWarnings()).isTrue();
                    assertThat(refused.report().warnings()).extracting(ImportProblem::line, ImportProblem::column,
                            ImportProblem::messageKey).containsExactly(
                                    org.assertj.core.groups.Tuple.tuple(3, "bank_eur", "warning.bankRate"));
                });
        assertThat(stored()).isEmpty();
        assertThat(files.importText(file, true).imported()).isEqualTo(2);
    }

    @Test
    void aColumnTheImportDoesNotReadWaitsForAConfirmationNamingTheClosestItReads() {
        String file = "project,date,category,description,amount,currency,bank_euro,approved_by\n"
                + "OCTOPUS,2024-10-16,Travel,Taxi,40,EUR,39.50,Alexander\n";

        assertThatThrownBy(() -> files.importText(file))
                .isInstanceOfSatisfying(SpendingImportException.class, refused -> {
                    assertThat(refused.onlyWarnings()).isTrue();
                    assertThat(refused.report().warnings()).extracting(ImportProblem::line, ImportProblem::column,
                            ImportProblem::messageKey, ImportProblem::arguments).containsExactly(
                                    org.assertj.core.groups.Tuple.tuple(1, "bank_euro",
                                            "warning.import.unreadColumn.near", List.of("bank_euro", "bank_eur")),
                                    org.assertj.core.groups.Tuple.tuple(1, "approved_by",
                                            "warning.import.unreadColumn", List.of("approved_by")));
                });
        assertThat(stored()).isEmpty();

        assertThat(files.importText(file, true).imported()).isEqualTo(1);
        assertThat(stored()).singleElement().satisfies(line -> assertThat(line.euros().amount())
                .as("bank_euro was not read").isEqualByComparingTo("40.00"));
    }

    @Test
    void aBadAmountDoesNotHideAnUnknownCurrencyOnTheSameLine() {
        assertThatThrownBy(() -> files.importText("project,date,category,description,amount,currency\n"
                + "OCTOPUS,2024-10-16,Travel,,forty,EUX\n"))
                .isInstanceOfSatisfying(SpendingImportException.class, refused -> assertThat(
                        refused.report().errors()).extracting(ImportProblem::column, ImportProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("amount",
                                        "error.contributionImport.badNumber"),
                                org.assertj.core.groups.Tuple.tuple("description", "validation.required"),
                                org.assertj.core.groups.Tuple.tuple("currency", "validation.currency.unknown")));
    }

    @Test
    void twoEqualLinesOfOneFileWaitForAConfirmationNamingTheFirst() {
        String file = "project,date,category,description,amount,currency\n"
                + "OCTOPUS,2024-10-16,Travel,Taxi,40,EUR\n"
                + "OCTOPUS,2024-10-16,Events,Taxi,40,EUR\n"
                + "OCTOPUS,2024-10-16,Travel,Taxi,40.00,EUR\n";

        assertThatThrownBy(() -> files.importText(file))
                .isInstanceOfSatisfying(SpendingImportException.class, refused -> assertThat(
                        refused.report().warnings()).singleElement().satisfies(warning -> {
                            assertThat(warning.line()).isEqualTo(4);
                            assertThat(warning.messageKey()).isEqualTo("warning.spending.repeatedInFile");
                            assertThat(warning.arguments().get(4)).isEqualTo(2);
                        }));
        assertThat(stored()).isEmpty();
        assertThat(files.importText(file, true).imported()).isEqualTo(3);
    }

    @Test
    void aLineDatedOutsideItsProjectWaitsForAConfirmationNamingTheProjectsDate() {
        String file = "project,date,category,description,amount,currency\n"
                + "C@O,2020-12-31,Experts,Last day of the project,100,EUR\n"
                + "C@O,2021-02-15,Experts,Final audit,1200,EUR\n"
                + "OCTOPUS,2020-12-15,Events,Venue deposit,5000,EUR\n"
                + "OCTOPUS,2021-01-01,Events,First day of the project,100,EUR\n";

        assertThatThrownBy(() -> files.importText(file))
                .isInstanceOfSatisfying(SpendingImportException.class, refused -> {
                    assertThat(refused.onlyWarnings()).isTrue();
                    assertThat(refused.report().warnings()).extracting(ImportProblem::line, ImportProblem::column,
                            ImportProblem::messageKey, ImportProblem::arguments).containsExactly(
                                    org.assertj.core.groups.Tuple.tuple(3, "date", "warning.spending.afterProject",
                                            List.of(LocalDate.of(2021, 2, 15), "C@O", LocalDate.of(2020, 12, 31))),
                                    org.assertj.core.groups.Tuple.tuple(4, "date", "warning.spending.beforeProject",
                                            List.of(LocalDate.of(2020, 12, 15), "OCTOPUS",
                                                    LocalDate.of(2021, 1, 1))));
                });
        assertThat(stored()).isEmpty();

        SpendingImportReport confirmed = files.importText(file, true);
        assertThat(confirmed.imported()).isEqualTo(4);
        assertThat(confirmed.warnings()).hasSize(2);
    }

    @Test
    void aGoodFileIsImportedWholeWithEachLineConverted() {
        SpendingImportReport report = files.importText("project,date,category,description,amount,currency,bank_eur\n"
                + "C@O,2020-10-19,Events,Octopus Conference 2020 (online),250000,CAD,\n"
                + "octopus,2024-10-15,TRAVEL,\"Flights, hotels\",6000,CAD,3985.20\n"
                + "\n"
                + "C@O,2019-11-20,experts,Speakers' fees,12000,EUR,\n");

        assertThat(report).isEqualTo(new SpendingImportReport(3, List.of()));
        assertThat(stored()).extracting(Expenditure::projectCode, Expenditure::category, Expenditure::euros)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("C@O", ExpenditureCategory.EXPERTS,
                                Money.euros(new BigDecimal("12000.00"))),
                        org.assertj.core.groups.Tuple.tuple("C@O", ExpenditureCategory.EVENTS,
                                Money.euros(new BigDecimal("161051.34"))),
                        org.assertj.core.groups.Tuple.tuple("OCTOPUS", ExpenditureCategory.TRAVEL,
                                Money.euros(new BigDecimal("3985.20"))));
        assertThat(stored().get(2).description()).isEqualTo("Flights, hotels");
        assertThat(stored().get(2).rate().orElseThrow().source()).isEqualTo(RateSource.BANK_ACTUAL);
        // One audit entry for the file, not one a line (decision 0016).
        assertThat(database.spending().history(stored().get(0).id())).isEmpty();
        assertThat(database.database().auditTrail().latest(SpendingService.FILE_AUDIT_TYPE, 10)).singleElement()
                .satisfies(entry -> assertThat(entry.newValues()).contains("audit.import.expenditures: 3",
                        "audit.import.euros: 177036.54"));
    }

    @Test
    void aBadFileImportsNothingAndListsEveryBadLineWithItsNumber() {
        assertThatThrownBy(() -> files.importText("project,date,category,description,amount,currency\n"
                + "OCTOPUS,2023-01-05,staff,Staff,30000,EUR\n"
                + "OCTOPUSS,2023-01-05,staff,Staff,30000,EUR\n"
                + "OCTOPUS,2023-02-30,staff,Staff,30000,EUR\n"
                + "OCTOPUS,2023-01-05,catering,Lunch,300,EUR\n"
                + "OCTOPUS,2027-01-05,travel,Flights,300,EUR\n"
                + "OCTOPUS,2022-06-01,experts,Advice,1000000,RUB\n"
                + "OCTOPUS,2023-01-05,other,,12.345,EUR\n"))
                .isInstanceOfSatisfying(SpendingImportException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.contributionImport.refused");
                    assertThat(refused.report().imported()).isZero();
                    assertThat(refused.report().errors()).extracting(ImportProblem::line, ImportProblem::column,
                            ImportProblem::messageKey).containsExactly(
                                    org.assertj.core.groups.Tuple.tuple(3, "project",
                                            "error.contributionImport.unknownProject"),
                                    org.assertj.core.groups.Tuple.tuple(4, "date",
                                            "error.import.badDate"),
                                    org.assertj.core.groups.Tuple.tuple(5, "category",
                                            "error.spendingImport.unknownCategory"),
                                    org.assertj.core.groups.Tuple.tuple(6, "date", "validation.expenditure.future"),
                                    org.assertj.core.groups.Tuple.tuple(7, "date", "error.rate.gap"),
                                    org.assertj.core.groups.Tuple.tuple(8, "description", "validation.required"),
                                    org.assertj.core.groups.Tuple.tuple(8, "amount",
                                            "validation.money.thousandsSeparator"));
                });

        assertThat(stored()).as("the good line on line 2 was rolled back too").isEmpty();
        assertThat(database.database().auditTrail().latest(SpendingService.AUDIT_TYPE, 10)).isEmpty();
    }

    @Test
    void semicolonsDecimalCommasAnyColumnOrderAndAByteOrderMarkAreRead(@TempDir Path files) throws Exception {
        Path file = files.resolve("spending.csv");
        Files.write(file, ("\uFEFFCurrency;Amount;Description;Category;Date;Project\n"
                + "EUR;1250,50;Badges;other;2023-12-13;OCTOPUS\n").getBytes(StandardCharsets.UTF_8));

        assertThat(this.files.importFile(file).imported()).isEqualTo(1);
        assertThat(stored()).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(Money.euros(new BigDecimal("1250.50")));
            assertThat(line.spentOn()).isEqualTo(LocalDate.of(2023, 12, 13));
        });
    }

    @Test
    void aFileWithoutARequiredColumnOrNotInUtf8IsRefusedWhole(@TempDir Path files) throws Exception {
        assertThatThrownBy(() -> this.files.importText("project,date,description,amount,currency\n"
                + "OCTOPUS,2023-01-05,Staff,30000,EUR\n")).isInstanceOfSatisfying(SpendingImportException.class,
                        refused -> assertThat(refused.report().errors()).singleElement().isEqualTo(new ImportProblem(
                                1, "category", "error.contributionImport.missingColumn", List.of("category"))));
        Path latin1 = files.resolve("latin1.csv");
        Files.write(latin1, "project,date,category,description,amount,currency\nOCTOPUS,2023-01-05,other,Café,5,EUR\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> this.files.importFile(latin1)).isInstanceOfSatisfying(SpendingImportException.class,
                refused -> assertThat(refused.report().errors()).extracting(ImportProblem::messageKey)
                        .containsExactly("error.contributionImport.notUtf8"));
        assertThat(stored()).isEmpty();
    }

    @Test
    void anExportIsReadBackAsTheSameLines(@TempDir Path other) {
        // The first line, an advance before the project began, is confirmed here and again when read back.
        files.importText("project,date,category,description,amount,currency,bank_eur\n"
                + "OCTOPUS,2020-10-19,events,\"Conference, \"\"online\"\"\",250000,CAD,\n"
                + "OCTOPUS,2024-10-15,travel,Flights,6000,CAD,3985.20\n"
                + "OCTOPUS,2024-06-28,staff,Staff,210000,EUR,\n"
                + "C@O,2019-11-20,experts,Fees,12000,EUR,\n", true);
        StringWriter out = new StringWriter();

        int count = files.export(ExpenditureQuery.of(database.projects().list().get(1).id()), out);

        assertThat(count).isEqualTo(3);
        assertThat(out.toString().lines()).containsExactly(
                "project,date,category,description,amount,currency,bank_eur,rate,rate_date,source,eur",
                "OCTOPUS,2020-10-19,events,\"Conference, \"\"online\"\"\",250000.00,CAD,,1.5523,2020-10-19,ECB,"
                        + "161051.34",
                "OCTOPUS,2024-06-28,staff,Staff,210000.00,EUR,,,,EURO,210000.00",
                "OCTOPUS,2024-10-15,travel,Flights,6000.00,CAD,3985.20,1.50557061,2024-10-15,BANK_ACTUAL,3985.20");
        try (TestDatabase copy = TestDatabase.withRates(other)) {
            new SpendingFixture(copy);
            assertThat(copy.spendingFiles().importText(out.toString(), true).imported()).isEqualTo(3);
            assertThat(copy.spending().list(ExpenditureQuery.all())).extracting(Expenditure::description,
                    Expenditure::euros).containsExactlyElementsOf(stored().stream()
                            .filter(line -> line.projectCode().equals("OCTOPUS"))
                            .map(line -> org.assertj.core.groups.Tuple.tuple(line.description(), line.euros()))
                            .toList());
        }
    }

    /** Issue 9, finding 3: a description a spreadsheet would run is exported as text; its amount is not. */
    @Test
    void aFormulaDescriptionIsExportedAsTextAndReadBackUnchanged(@TempDir Path other) {
        files.importText("project,date,category,description,amount,currency\n"
                + "OCTOPUS,2024-06-28,staff,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",210000,EUR\n"
                + "OCTOPUS,2024-06-29,staff,-refund,100,EUR\n");
        StringWriter out = new StringWriter();

        files.export(ExpenditureQuery.all(), out);

        assertThat(out.toString().lines()).contains(
                "OCTOPUS,2024-06-28,staff,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",210000.00,EUR,,,,EURO,"
                        + "210000.00",
                "OCTOPUS,2024-06-29,staff,'-refund,100.00,EUR,,,,EURO,100.00");
        try (TestDatabase copy = TestDatabase.withRates(other)) {
            new SpendingFixture(copy);
            copy.spendingFiles().importText(out.toString());
            assertThat(copy.spending().list(ExpenditureQuery.all())).extracting(Expenditure::description)
                    .containsExactlyInAnyOrder("=HYPERLINK(\"http://x\",\"y\")", "-refund");
        }
    }
}
