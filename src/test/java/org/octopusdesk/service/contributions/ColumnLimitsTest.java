package org.octopusdesk.service.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.PaymentDraft;
import org.octopusdesk.domain.money.CurrencyInfo;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.spending.SpendingImportException;

/**
 * Issue 9, finding 4: amounts past what the columns can hold are refused by the rules, beside the field or on
 * the file's line, never by the database; the largest amount allowed is stored and converted without trouble.
 */
class ColumnLimitsTest {

    private static final String HEADER = "record,reference,donor,date,amount,currency,project,share_percent,bank_eur,"
            + "intermediary,cancelled_on,cancel_reason,note\n";
    private static final String LARGEST = "999999999999.99";

    @TempDir
    Path folder;
    private TestDatabase database;
    private ContributionFixture fixture;

    @BeforeEach
    void open() {
        database = TestDatabase.withRates(folder.resolve("db"));
        fixture = new ContributionFixture(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aTwentySixDigitPledgeIsRefusedOnItsLineWithoutSql() {
        String file = HEADER + "pledge,CA-1,Canada,2020-10-19,250000,CAD,,,,,,,\n"
                + "pledge,CA-2,Canada,2020-10-19,12345678901234567890123456,CAD,,,,,,,\n";

        assertThatThrownBy(() -> database.contributionFiles().importText(file, false))
                .isInstanceOfSatisfying(ContributionImportException.class, refused -> {
                    assertThat(refused.report().errors()).extracting(ImportProblem::line, ImportProblem::column,
                            ImportProblem::messageKey)
                            .containsExactly(tuple(3, "amount", "validation.amount.tooLarge"));
                    assertThat(Messages.forLanguage("en").text("validation.amount.tooLarge"))
                            .doesNotContain("SQL").contains("cannot be stored");
                });
        assertThat(database.contributions().findByReference("CA-1")).isEmpty();
    }

    @Test
    void aSixteenDigitYenPledgeAndItsPaymentAreRefusedOnTheirLines() {
        String file = HEADER + "pledge,JP-1,Japan,2020-10-19,1234567890123456,JPY,,,,,,,\n"
                + "payment,JP-1,,2020-10-19,1234567890123456,JPY,,,,,,,\n";

        assertThatThrownBy(() -> database.contributionFiles().importText(file, false))
                .isInstanceOfSatisfying(ContributionImportException.class, refused ->
                        assertThat(refused.report().errors()).extracting(ImportProblem::line, ImportProblem::messageKey)
                                .contains(tuple(2, "validation.amount.tooLarge")));
        assertThat(database.contributions().findByReference("JP-1")).isEmpty();
    }

    @Test
    void theLargestAmountAllowedIsStoredPaidAndConverted() {
        Contribution pledge = database.contributions().create(fixture.pledge(fixture.unitedKingdom, "UK-MAX",
                "2020-10-19", LARGEST, "GBP"));

        Contribution paid = database.contributions().addPayment(pledge.id(), pledge.version(),
                new PaymentDraft(LocalDate.of(2020, 10, 19), new BigDecimal(LARGEST), null, ""), java.util.Set.of());

        assertThat(paid.pledged().amount()).isEqualByComparingTo(LARGEST);
        assertThat(paid.receivedEuros().amount()).isGreaterThan(new BigDecimal(LARGEST));
    }

    @Test
    void formsShowTheLimitBesideTheField() {
        CurrencyInfo yen = database.contributions().findCurrency("JPY").orElseThrow();

        assertThat(new PaymentDraft(LocalDate.of(2020, 10, 19), new BigDecimal("1000000000000"), null, "")
                .validate(yen)).containsExactly(FieldError.of(PaymentDraft.AMOUNT, "validation.amount.tooLarge"));
        assertThat(new PaymentDraft(LocalDate.of(2020, 10, 19), new BigDecimal("1000"), new BigDecimal(
                "1000000000000"), "").validate(yen)).containsExactly(FieldError.of(PaymentDraft.BANK_EUROS,
                "validation.amount.tooLarge"));
        assertThat(new PaymentDraft(LocalDate.of(2020, 10, 19), new BigDecimal("1000"), new BigDecimal(LARGEST), "")
                .validate(yen)).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple(PaymentDraft.BANK_EUROS, "validation.bankEuros.impliedRateOutOfRange"));
    }

    @Test
    void aHugeSpendingAmountIsRefusedOnItsLine() {
        assertThatThrownBy(() -> database.spendingFiles().importText(
                "project,date,category,description,amount,currency\n"
                        + "OCTOPUS,2024-06-28,staff,Staff,210000,EUR\n"
                        + "OCTOPUS,2024-06-28,staff,Staff,99999999999999999999,EUR\n"))
                .isInstanceOfSatisfying(SpendingImportException.class, refused ->
                        assertThat(refused.report().errors()).extracting(ImportProblem::line, ImportProblem::column,
                                ImportProblem::messageKey).containsExactly(tuple(3, "amount",
                                        "validation.amount.tooLarge")));
    }

    @Test
    void aRateIsRefusedPastTheRateColumnsTwelveDigits() {
        assertThat(org.octopusdesk.service.rates.ManualRateRules.problems(new BigDecimal("1000000000000"), "Bank"))
                .containsExactly(FieldError.of("rate", "validation.rate.tooLargeTyped"));
        assertThatThrownBy(() -> org.octopusdesk.domain.money.ExchangeRate.ecb("USD", LocalDate.of(2020, 10, 19),
                new BigDecimal("1000000000000"))).hasMessage("validation.rate.tooLarge");
        assertThat(org.octopusdesk.domain.money.ExchangeRate.ecb("USD", LocalDate.of(2020, 10, 19),
                new BigDecimal("999999999999.99999999")).unitsPerEuro()).isEqualByComparingTo("999999999999.99999999");
    }
}
