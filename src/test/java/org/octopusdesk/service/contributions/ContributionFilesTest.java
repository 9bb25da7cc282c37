package org.octopusdesk.service.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.persistence.TestDatabase;

/** Importing and exporting contributions as CSV, on real H2. */
class ContributionFilesTest {

    private static final String HEADER = "record,reference,donor,date,amount,currency,project,share_percent,bank_eur,"
            + "intermediary,cancelled_on,cancel_reason,note\n";

    @TempDir
    Path folder;
    private TestDatabase database;
    private ContributionFiles files;

    @BeforeEach
    void open() {
        database = TestDatabase.withRates(folder.resolve("db"));
        new ContributionFixture(database);
        files = database.contributionFiles();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aGoodFileIsImportedWholeThroughTheServices() {
        ContributionImportReport report = files.importText(HEADER
                + "pledge,CA-2020-1,Canada,2020-10-19,250000,CAD,,,,,,,Announced in Strasbourg\n"
                + "allocation,CA-2020-1,,,,,C@O,,,,,,Split not public\n"
                + "allocation,CA-2020-1,,,,,OCTOPUS,,,,,,Split not public\n"
                + "payment,CA-2020-1,,2020-10-19,250000,CAD,,,,,,,\n"
                + "pledge,UK-1,united kingdom (fcdo),2023-03-06,100000,GBP,,,,,2023-06-01,Event moved,\n"
                + "payment,UK-1,,2023-03-06,40000,,,,45000.50,,,,Bank statement\n", false);

        assertThat(report).isEqualTo(new ContributionImportReport(2, 2, 2, List.of(), List.of()));
        Contribution canada = database.contributions().findByReference("CA-2020-1").orElseThrow();
        assertThat(canada.status()).isEqualTo(ContributionStatus.RECEIVED);
        assertThat(canada.receivedEuros().amount()).isEqualByComparingTo("161051.34");
        Contribution uk = database.contributions().findByReference("UK-1").orElseThrow();
        assertThat(uk.status()).isEqualTo(ContributionStatus.CANCELLED);
        assertThat(uk.receivedEuros().amount()).isEqualByComparingTo("45000.50");
        // One audit entry for the file, not one a pledge, payment and cancellation (decision 0016).
        assertThat(database.contributions().history(uk.id())).isEmpty();
        assertThat(database.database().auditTrail().latest(ContributionService.FILE_AUDIT_TYPE, 10))
                .singleElement().satisfies(entry -> assertThat(entry.newValues()).contains(
                        "audit.import.pledges: 2", "audit.import.payments: 2", "audit.import.cancelled: 1"));
    }

    @Test
    void aBadFileImportsNothingAndListsEveryBadLine() {
        String file = HEADER
                + "pledge,CA-1,Canada,2020-10-19,250000,CAD,,,,,,,\n"
                + "pledge,JP-1,Nippon,2021-13-01,ten,EUR,,,,,,,\n"
                + "allocation,JP-9,,,,,OCTOPUS,,,,,,\n"
                + "pledge,YEN-1,Japan,2021-01-10,1000.5,JPY,,,,,,,\n"
                + "allocation,CA-1,,,,,NOPE,,,,,,\n"
                + "payment,CA-1,,2020-10-19,-5,CAD,,,,,,,\n"
                + "payment,ZZ-1,,2020-10-19,5,EUR,,,,,,,\n"
                + "refund,CA-1,,,,,,,,,,,\n";

        assertThatThrownBy(() -> files.importText(file, true))
                .isInstanceOfSatisfying(ContributionImportException.class, refused -> {
                    assertThat(refused.report().errors()).extracting(ImportProblem::line, ImportProblem::messageKey)
                            .containsExactly(
                                    org.assertj.core.groups.Tuple.tuple(3, "error.contributionImport.unknownDonor"),
                                    org.assertj.core.groups.Tuple.tuple(3, "error.import.badDate"),
                                    org.assertj.core.groups.Tuple.tuple(3, "error.contributionImport.badNumber"),
                                    org.assertj.core.groups.Tuple.tuple(4,
                                            "error.contributionImport.allocationWithoutPledge"),
                                    org.assertj.core.groups.Tuple.tuple(5, "validation.money.tooManyDecimalsFor"),
                                    org.assertj.core.groups.Tuple.tuple(6, "error.contributionImport.unknownProject"),
                                    org.assertj.core.groups.Tuple.tuple(8, "error.contributionImport.unknownReference"),
                                    org.assertj.core.groups.Tuple.tuple(9, "error.contributionImport.unknownRecord"));
                    assertThat(refused.arguments().get(0)).as("lines to correct, line 3's three faults once")
                            .isEqualTo(6);
                });
        assertThat(database.contributions().page(ContributionQuery.all(), 0, 10).total()).isZero();
    }

    @Test
    void aThousandsSeparatorIsRefusedRatherThanReadAsDecimals() {
        String file = HEADER
                + "pledge,CA-1,Canada,2020-10-19,250.000,CAD,,,,,,,\n"
                + "pledge,CA-2,Canada,2020-10-19,1000,CAD,,,,,,,\n"
                + "payment,CA-2,,2020-10-19,1000,CAD,,,1.000,,,,\n";

        assertThatThrownBy(() -> files.importText(file, true))
                .isInstanceOfSatisfying(ContributionImportException.class, refused ->
                        assertThat(refused.report().errors()).extracting(ImportProblem::line, ImportProblem::column,
                                ImportProblem::messageKey, ImportProblem::arguments).containsExactly(
                                        tuple(2, "amount", "validation.money.thousandsSeparator",
                                                List.of("CAD", 2, "250000")),
                                        tuple(4, "bank_eur", "validation.money.thousandsSeparator",
                                                List.of("EUR", 2, "1000"))));
        assertThat(database.contributions().page(ContributionQuery.all(), 0, 10).total()).isZero();
    }

    @Test
    void bankEurosFarFromTheEcbRateAreAskedAboutOnTheirColumnAndKeptOnceConfirmed() {
        String file = HEADER
                + "pledge,CA-1,Canada,2020-10-19,250000,CAD,,,,,,,\n"
                + "payment,CA-1,,2020-10-19,100000,CAD,,,6442.13,,,,\n";

        assertThatThrownBy(() -> files.importText(file, false))
                .isInstanceOfSatisfying(ContributionImportException.class, refused -> {
                    assertThat(refused.onlyWarnings()).isTrue();
                    assertThat(refused.report().warnings()).extracting(ImportProblem::line, ImportProblem::column,
                            ImportProblem::messageKey).containsExactly(
                                    tuple(3, "bank_eur", "warning.bankRate"));
                });
        assertThat(files.importText(file, true).payments()).isEqualTo(1);
        assertThat(database.contributions().findByReference("CA-1").orElseThrow().receivedEuros().amount())
                .isEqualByComparingTo("6442.13");
    }

    @Test
    void pledgesWithoutTheirColumnsAreRefusedOnTheHeaderNamingTheMisspeltColumn() {
        String file = "record,reference,donr,date,amount,currency\n"
                + "pledge,CA-1,Canada,2020-10-19,250000,CAD\n"
                + "pledge,CA-2,Canada,2020-10-19,1000,CAD\n";

        assertThatThrownBy(() -> files.importText(file, true))
                .isInstanceOfSatisfying(ContributionImportException.class, refused ->
                        assertThat(refused.report().errors()).extracting(ImportProblem::line, ImportProblem::column,
                                ImportProblem::messageKey, ImportProblem::arguments).containsExactly(
                                        tuple(1, "donor", "error.csv.missingColumn.near", List.of("donor", "donr"))));
        // Payments alone need no donor.
        assertThatThrownBy(() -> files.importText("record,reference,date,amount\npayment,ZZ-1,2020-10-19,5\n",
                true)).isInstanceOfSatisfying(ContributionImportException.class, refused ->
                        assertThat(refused.report().errors()).extracting(ImportProblem::messageKey)
                                .containsExactly("error.contributionImport.unknownReference"));
    }

    @Test
    void aControlCharacterIsRefusedOnItsLineAmongTheOtherProblems() {
        String file = HEADER
                + "pledge,CA-1,Canada,2020-10-19,1000,CAD,,,,,,,Bell\u0007 esc\u001b[2J\n"
                + "pledge,CA-2,Nobody,2020-10-19,1000,CAD,,,,,,,\n"
                + "pledge,CA-3,Canada,2020-10-19,1000,CAD,,,,,,,a\u0000b\n"
                + "pledge,CA-4,Canada,2020-10-19,1000,CAD,,,,Ministry \u202Etnemyap,,,\n";

        assertThatThrownBy(() -> files.importText(file, true))
                .isInstanceOfSatisfying(ContributionImportException.class, refused ->
                        assertThat(refused.report().errors()).extracting(ImportProblem::line, ImportProblem::column,
                                ImportProblem::messageKey, ImportProblem::arguments).containsExactly(
                                        tuple(2, "note", "error.import.controlCharacter", List.of("U+0007")),
                                        tuple(3, "donor", "error.contributionImport.unknownDonor", List.of("Nobody")),
                                        tuple(4, "note", "error.import.controlCharacter", List.of("U+0000")),
                                        tuple(5, "intermediary", "error.import.controlCharacter",
                                                List.of("U+202E"))));
        assertThat(database.contributions().page(ContributionQuery.all(), 0, 10).total()).isZero();
    }

    @Test
    void aReasonWithoutItsDayATooFineShareAndATextCutByACommaAreRefusedNotHalfTaken() {
        String file = HEADER
                + "pledge,P-3,Canada,2024-03-01,1000,CAD,,,,,,no date given,\n"
                + "pledge,P-4,Japan,2024-03-01,1000,EUR,,,,,,,\n"
                + "allocation,P-4,,,,,OCTOPUS,0.0000001,,,,,\n";

        assertThatThrownBy(() -> files.importText(file, true))
                .isInstanceOfSatisfying(ContributionImportException.class, refused ->
                        assertThat(refused.report().errors()).extracting(ImportProblem::line, ImportProblem::column,
                                ImportProblem::messageKey).containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(2, "cancelled_on", "validation.required"),
                                        org.assertj.core.groups.Tuple.tuple(4, "project",
                                                "validation.allocation.shareDecimals")));
        // A reference with a zero-width space would pass for "P-6"; a no-break space at its end is left out.
        assertThatThrownBy(() -> files.importText(HEADER + "pledge,P-6,Canada,2024-03-01,1000,CAD,,,,,,,\n"
                + "pledge,P-6\u00a0,Canada,2024-03-01,1000,CAD,,,,,,,\n"
                + "pledge,P\u200b-6,Canada,2024-03-01,1000,CAD,,,,,,,\n", true))
                .isInstanceOfSatisfying(ContributionImportException.class, refused ->
                        assertThat(refused.report().errors()).extracting(ImportProblem::line, ImportProblem::messageKey)
                                .contains(org.assertj.core.groups.Tuple.tuple(4,
                                        "validation.reference.unseenCharacters")).hasSize(2));
        assertThatThrownBy(() -> files.importText(HEADER
                + "pledge,P-5,Canada,2024-03-01,1000,CAD,,,,,,,Paid by wire, see letter of 3 March\n", true))
                .isInstanceOfSatisfying(ContributionImportException.class, refused ->
                        assertThat(refused.report().errors()).extracting(ImportProblem::messageKey)
                                .containsExactly("error.csv.valuesBeyondHeader"));
        assertThat(database.contributions().page(ContributionQuery.all(), 0, 10).total()).isZero();
    }

    @Test
    void aBadPaymentOfAGoodPledgeRefusesTheWholeFile() {
        String file = HEADER
                + "pledge,CA-1,Canada,2020-10-19,250000,CAD,,,,,,,\n"
                + "payment,CA-1,,2020-10-19,-5,CAD,,,,,,,\n";

        assertThatThrownBy(() -> files.importText(file, true))
                .isInstanceOfSatisfying(ContributionImportException.class, refused -> assertThat(
                        refused.report().errors()).extracting(ImportProblem::line, ImportProblem::column)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "amount")));
        assertThat(database.contributions().findByReference("CA-1")).isEmpty();
    }

    @Test
    void semicolonsDecimalCommasAndAByteOrderMarkAreRead(@TempDir Path files) throws Exception {
        Path file = files.resolve("contributions.csv");
        Files.writeString(file, "\uFEFFrecord;reference;donor;date;amount;currency;project;share_percent;bank_eur\n"
                + "pledge;JP-1;Japan;2021-05-04;150000,50;EUR;;;\n"
                + "allocation;JP-1;;;;;OCTOPUS;100;\n", StandardCharsets.UTF_8);

        ContributionImportReport report = this.files.importFile(file, false);

        assertThat(report.pledges()).isEqualTo(1);
        Contribution japan = database.contributions().findByReference("JP-1").orElseThrow();
        assertThat(japan.pledged().amount()).isEqualByComparingTo("150000.50");
        assertThat(japan.allocations()).singleElement()
                .satisfies(allocation -> assertThat(allocation.sharePercent()).isEqualByComparingTo("100"));
    }

    @Test
    void malformedAndNonUtf8FilesAreRefusedWithTheirLine(@TempDir Path files) throws Exception {
        Path latin1 = files.resolve("latin1.csv");
        Files.write(latin1, (HEADER + "pledge,CA-1,Canadá,2020-10-19,5,EUR,,,,,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> this.files.importFile(latin1, false)).hasMessage("error.contributionImport.refused")
                .isInstanceOfSatisfying(ContributionImportException.class, refused -> assertThat(
                        refused.report().errors().get(0).messageKey()).isEqualTo("error.contributionImport.notUtf8"));

        assertThatThrownBy(() -> this.files.importText(HEADER + "pledge,CA-1,\"Canada,2020-10-19\n", false))
                .isInstanceOfSatisfying(ContributionImportException.class, refused -> assertThat(
                        refused.report().errors().get(0).messageKey()).isEqualTo("error.contributionImport.malformed"));
        assertThatThrownBy(() -> this.files.importText("reference,amount\nX,5\n", false))
                .isInstanceOfSatisfying(ContributionImportException.class, refused -> assertThat(
                        refused.report().errors().get(0).arguments()).containsExactly("record"));
    }

    @Test
    void paymentsAboveWhatIsOutstandingAreImportedOnlyOnceConfirmed() {
        String file = HEADER
                + "pledge,JP-1,Japan,2021-09-21,20000,EUR,,,,,,,\n"
                + "payment,JP-1,,2021-10-01,15000,EUR,,,,,,,\n"
                + "payment,JP-1,,2021-11-01,6000,EUR,,,,,,,\n";

        assertThatThrownBy(() -> files.importText(file, false))
                .isInstanceOfSatisfying(ContributionImportException.class, refused -> {
                    assertThat(refused.onlyWarnings()).isTrue();
                    assertThat(refused.arguments().get(1)).as("payments to confirm").isEqualTo(1);
                    assertThat(refused.report().warnings()).extracting(ImportProblem::line).containsExactly(4);
                });
        assertThat(database.contributions().findByReference("JP-1")).isEmpty();

        ContributionImportReport report = files.importText(file, true);
        assertThat(report.payments()).isEqualTo(2);
        assertThat(report.warnings()).hasSize(1);
        assertThat(database.contributions().findByReference("JP-1").orElseThrow().paid().amount())
                .isEqualByComparingTo("21000");
    }

    @Test
    void theSamePaymentsFileImportedTwiceWaitsForAConfirmationTheSecondTime() {
        assertThat(files.importText(HEADER + "pledge,JP-1,Japan,2021-09-21,20000,EUR,,,,,,,\n", false).summaryKey())
                .isEqualTo("cli.contributions.imported");
        String payments = HEADER
                + "payment,JP-1,,2021-10-01,5000,EUR,,,,,,,\n"
                + "payment,JP-1,,2021-11-01,5000,EUR,,,,,,,\n";
        assertThat(files.importText(payments, false).summaryKey()).as("payments alone, into a pledge recorded")
                .isEqualTo("cli.contributions.importedPayments");

        assertThatThrownBy(() -> files.importText(payments, false))
                .isInstanceOfSatisfying(ContributionImportException.class, refused -> {
                    assertThat(refused.onlyWarnings()).isTrue();
                    assertThat(refused.arguments().get(1)).as("payments to confirm").isEqualTo(2);
                    assertThat(refused.report().warnings()).extracting(ImportProblem::line, ImportProblem::column,
                            ImportProblem::messageKey).containsExactly(
                                    tuple(2, "", "warning.payment.repeated"), tuple(3, "", "warning.payment.repeated"));
                });
        assertThat(database.contributions().findByReference("JP-1").orElseThrow().paymentCount()).isEqualTo(2);

        // Within one file too: the second line repeats the first.
        String twice = HEADER
                + "payment,JP-1,,2021-12-01,2000,EUR,,,,,,,\n"
                + "payment,JP-1,,2021-12-01,2000,EUR,,,,,,,\n";
        assertThatThrownBy(() -> files.importText(twice, false))
                .isInstanceOfSatisfying(ContributionImportException.class, refused -> assertThat(
                        refused.report().warnings()).singleElement().satisfies(warning -> {
                            assertThat(warning.line()).isEqualTo(3);
                            assertThat(warning.messageKey()).as("no such payment is recorded yet")
                                    .isEqualTo("warning.payment.repeatedInFile");
                            assertThat(warning.arguments()).containsExactly(2, new java.math.BigDecimal("2000.00"),
                                    "EUR", java.time.LocalDate.of(2021, 12, 1));
                        }));

        ContributionImportReport confirmed = files.importText(payments, true);
        assertThat(confirmed.payments()).isEqualTo(2);
        Contribution pledge = database.contributions().findByReference("JP-1").orElseThrow();
        assertThat(pledge.paymentCount()).isEqualTo(4);
        assertThat(database.contributions().details(pledge.id()).payments()).extracting(payment -> payment
                .confirmedWarnings().toString()).containsExactlyInAnyOrder("[]", "[]", "[REPEATED]", "[REPEATED]");
    }

    @Test
    void aBadAmountDoesNotHideAnUnknownCurrencyOnTheSameLine() {
        assertThatThrownBy(() -> files.importText(HEADER + "pledge,CA-1,Canada,2020-10-19,ten,CAX,,,,,,,\n", false))
                .isInstanceOfSatisfying(ContributionImportException.class, refused -> assertThat(
                        refused.report().errors()).extracting(ImportProblem::column, ImportProblem::messageKey)
                        .containsExactly(tuple("amount", "error.contributionImport.badNumber"),
                                tuple("currency", "validation.currency.unknown")));
    }

    @Test
    void aMisspeltColumnWaitsForAConfirmationRatherThanLeaveItsValuesOutUnsaid() {
        String file = "record,reference,donor,date,amount,currency,notes\n"
                + "pledge,CA-1,Canada,2020-10-19,250000,CAD,Announced in Strasbourg\n";

        assertThatThrownBy(() -> files.importText(file, false))
                .isInstanceOfSatisfying(ContributionImportException.class, refused -> {
                    assertThat(refused.onlyWarnings()).isTrue();
                    assertThat(refused.report().warnings()).singleElement().satisfies(warning -> {
                        assertThat(warning.line()).isEqualTo(1);
                        assertThat(warning.column()).isEqualTo("notes");
                        assertThat(warning.messageKey()).isEqualTo("warning.import.unreadColumn.near");
                        assertThat(warning.arguments()).containsExactly("notes", "note");
                    });
                });
        assertThat(database.contributions().findByReference("CA-1")).isEmpty();

        // An export's own columns are all known: it imports without a question.
        assertThat(ImportProblem.unreadColumns(org.octopusdesk.service.csv.CsvSheet.parse(String.join(",",
                ContributionCsv.COLUMNS) + "\n"), ContributionCsv.COLUMNS)).isEmpty();
        assertThat(files.importText(file, true).pledges()).isEqualTo(1);
    }

    @Test
    void anExportIsReadBackAsTheSameContributions(@TempDir Path other) {
        files.importText(HEADER
                + "pledge,CA-2020-1,Canada,2020-10-19,250000,CAD,,,,,,,\"Announced, in Strasbourg\"\n"
                + "allocation,CA-2020-1,,,,,C@O,,,,,,Split not public\n"
                + "allocation,CA-2020-1,,,,,OCTOPUS,,,,,,Split not public\n"
                + "payment,CA-2020-1,,2020-10-19,250000,CAD,,,,,,,\n"
                + "pledge,UK-1,United Kingdom (FCDO),2023-03-06,100000,GBP,,,,,,,\n"
                + "allocation,UK-1,,,,,OCTOPUS,,,,,,\n"
                + "payment,UK-1,,2023-03-06,40000,GBP,,,45000.50,,,,Bank statement\n", false);
        StringWriter exported = new StringWriter();
        int count = files.export(ContributionQuery.all().sortedBy(ContributionQuery.Sort.AGREEMENT_DATE, true),
                exported);

        assertThat(count).isEqualTo(2);
        assertThat(exported.toString()).startsWith(String.join(",", ContributionCsv.COLUMNS) + "\n")
                .contains("payment,CA-2020-1,,2020-10-19,250000.00,CAD,,,,,,,,,161051.34,1.5523,2020-10-19,ECB");
        try (TestDatabase copy = TestDatabase.withRates(other)) {
            new ContributionFixture(copy);
            ContributionImportReport report = copy.contributionFiles().importText(exported.toString(), false);
            assertThat(report.pledges()).isEqualTo(2);
            StringWriter again = new StringWriter();
            copy.contributionFiles().export(ContributionQuery.all().sortedBy(ContributionQuery.Sort.AGREEMENT_DATE,
                    true), again);
            assertThat(again.toString()).isEqualTo(exported.toString());
        }
    }

    @Test
    void aRecordedConversionIsKeptOnlyWhenEachOfItsPartsHolds() {
        String header = "record,reference,donor,date,amount,currency,bank_eur,eur_amount,rate,rate_date,rate_source\n";
        String pledge = "pledge,CA-1,Canada,2020-10-01,250000,CAD,,,,,\n";

        assertThatThrownBy(() -> files.importText(header + pledge
                + "payment,CA-1,,2020-10-19,1000,CAD,600.00,600.00,1.5523,2020-10-19,ECB\n"
                + "payment,CA-1,,2020-10-19,1000,CAD,,644.21,1.5523,2020-10-19,\n"
                + "payment,CA-1,,2020-10-19,1000,CAD,,644.21,1.5523,2020-10-19,UN_OPERATIONAL\n"
                + "payment,CA-1,,2020-10-19,1000,CAD,,645.60,1.5489,2020-10-13,ECB\n"
                + "payment,CA-1,,2020-10-19,1000,CAD,,644.22,1.5523,2020-10-19,ECB\n"
                + "payment,CA-1,,2020-10-19,1000,CAD,,644.21,,2020-10-19,MANUAL\n"
                + "payment,CA-1,,2020-10-19,1000,CAD,,644.21,1.5523,2020-10-19,EURO\n", false))
                .isInstanceOfSatisfying(ContributionImportException.class, refused -> assertThat(
                        refused.report().errors()).extracting(ImportProblem::line, ImportProblem::column,
                        ImportProblem::messageKey).containsExactly(
                                tuple(3, "rate_source", "error.conversionImport.bankSource"),
                                tuple(4, "rate_source", "error.conversionImport.sourceRequired"),
                                tuple(5, "rate_source", "error.conversionImport.source"),
                                tuple(6, "rate_date", "error.conversionImport.rateDate"),
                                tuple(7, "eur_amount", "error.conversionImport.eurosDiffer"),
                                tuple(8, "rate", "validation.required"),
                                tuple(9, "rate_source", "error.conversionImport.euroSource")));

        ContributionImportReport kept = files.importText(header + pledge
                + "payment,CA-1,,2020-10-19,1000,CAD,,644.21,1.5523,2020-10-19,ECB\n"
                + "payment,CA-1,,2020-10-20,1000,CAD,600.00,600.00,1.66666667,2020-10-20,BANK_ACTUAL\n", false);

        assertThat(kept.payments()).isEqualTo(2);
        assertThat(database.contributions().findByReference("CA-1").orElseThrow().receivedEuros().amount())
                .isEqualByComparingTo("1244.21");
    }
}
