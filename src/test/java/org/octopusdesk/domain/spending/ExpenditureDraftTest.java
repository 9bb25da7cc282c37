package org.octopusdesk.domain.spending;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.money.CurrencyInfo;
import org.octopusdesk.domain.project.ProjectId;

/** The rules of one expenditure line, before any database or rate is involved. */
class ExpenditureDraftTest {

    private static final Map<String, CurrencyInfo> CURRENCIES = Map.of(
            "EUR", new CurrencyInfo("EUR", "Euro", 2, true),
            "CAD", new CurrencyInfo("CAD", "Canadian Dollar", 2, true),
            "JPY", new CurrencyInfo("JPY", "Yen", 0, true));
    private static final ProjectId OCTOPUS = new ProjectId(7);

    private static List<FieldError> validate(ExpenditureDraft draft) {
        return draft.validate(code -> Optional.ofNullable(CURRENCIES.get(code)));
    }

    private static ExpenditureDraft draft(LocalDate date, String amount, String currency, String bank) {
        return new ExpenditureDraft(OCTOPUS, date, ExpenditureCategory.TRAVEL, "Flights to Bucharest",
                amount == null ? null : new BigDecimal(amount), currency, bank == null ? null : new BigDecimal(bank));
    }

    @Test
    void aCompleteLineHasNoError() {
        assertThat(validate(draft(LocalDate.of(2020, 10, 19), "250000", "cad", null))).isEmpty();
        assertThat(draft(LocalDate.of(2020, 10, 19), "1", " cad ", null).currency()).isEqualTo("CAD");
    }

    @Test
    void everyMissingFieldIsNamed() {
        ExpenditureDraft empty = new ExpenditureDraft(null, null, null, "  ", null, "", null);

        assertThat(validate(empty)).extracting(FieldError::field).containsExactly(ExpenditureDraft.PROJECT,
                ExpenditureDraft.SPENT_ON, ExpenditureDraft.CATEGORY, ExpenditureDraft.DESCRIPTION,
                ExpenditureDraft.CURRENCY, ExpenditureDraft.AMOUNT);
        assertThat(validate(empty)).extracting(FieldError::messageKey).containsOnly("validation.required");
    }

    @Test
    void datesStayWithinTheEurosLifetimeButNotWithinTheProjects() {
        assertThat(validate(draft(LocalDate.of(1998, 12, 31), "10", "EUR", null))).singleElement()
                .satisfies(error -> {
                    assertThat(error.field()).isEqualTo(ExpenditureDraft.SPENT_ON);
                    assertThat(error.messageKey()).isEqualTo("validation.dateOutOfRange");
                });
        assertThat(validate(draft(LocalDate.of(2100, 1, 1), "10", "EUR", null))).extracting(FieldError::messageKey)
                .containsExactly("validation.dateOutOfRange");
        assertThat(validate(draft(LocalDate.of(1999, 1, 1), "10", "EUR", null))).isEmpty();
        assertThat(validate(draft(LocalDate.of(2099, 12, 31), "10", "EUR", null))).as("the future is the service's")
                .isEmpty();
    }

    @Test
    void amountsFollowTheirCurrency() {
        assertThat(validate(draft(LocalDate.of(2020, 1, 6), "0", "EUR", null))).extracting(FieldError::messageKey)
                .containsExactly("validation.amount.notPositive");
        assertThat(validate(draft(LocalDate.of(2020, 1, 6), "1000.5", "JPY", null))).singleElement()
                .satisfies(error -> {
                    assertThat(error.messageKey()).isEqualTo("validation.money.tooManyDecimalsFor");
                    assertThat(error.arguments()).containsExactly("JPY", 0);
                });
        assertThat(validate(draft(LocalDate.of(2020, 1, 6), "10", "XYZ", null))).extracting(FieldError::messageKey)
                .containsExactly("validation.currency.unknown");
    }

    @Test
    void theBanksEurosAreAPlainEuroAmount() {
        assertThat(validate(draft(LocalDate.of(2024, 10, 15), "6000", "CAD", "3985.2051")))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ExpenditureDraft.BANK_EUROS,
                        "validation.money.tooManyDecimalsFor"));
        assertThat(validate(draft(LocalDate.of(2024, 10, 15), "6000", "CAD", "-1")))
                .extracting(FieldError::messageKey).containsExactly("validation.amount.notPositive");
        assertThat(validate(draft(LocalDate.of(2024, 10, 15), "500", "EUR", "499.99")))
                .extracting(FieldError::messageKey).containsExactly("validation.expenditure.euroDebitDiffers");
        assertThat(validate(draft(LocalDate.of(2024, 10, 15), "500", "EUR", "500.00"))).isEmpty();
    }

    @Test
    void aDescriptionHasALimit() {
        ExpenditureDraft tooLong = new ExpenditureDraft(OCTOPUS, LocalDate.of(2024, 1, 5), ExpenditureCategory.OTHER,
                "x".repeat(ExpenditureDraft.DESCRIPTION_MAX + 1), BigDecimal.TEN, "EUR", null);

        assertThat(validate(tooLong)).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ExpenditureDraft.DESCRIPTION,
                        "validation.tooLong"));
    }

    @Test
    void categoriesAreReadInEnglishInAnyCase() {
        assertThat(ExpenditureCategory.parse("TRAVEL")).contains(ExpenditureCategory.TRAVEL);
        assertThat(ExpenditureCategory.parse(" experts ")).contains(ExpenditureCategory.EXPERTS);
        assertThat(ExpenditureCategory.parse("voyages")).isEmpty();
        assertThat(ExpenditureCategory.parse(null)).isEmpty();
        assertThat(ExpenditureCategory.EVENTS.messageKey()).isEqualTo("expenditure.category.events");
        assertThat(ExpenditureCategory.STAFF.label()).isEqualTo("staff");
    }
}
