package org.octopusdesk.domain.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.domain.money.CurrencyInfo;
import org.octopusdesk.domain.project.ProjectId;

/** The rules of a pledge, its earmarks, its payments and its status, without a database. */
class ContributionRulesTest {

    private static final Map<String, CurrencyInfo> KNOWN = Map.of(
            "EUR", new CurrencyInfo("EUR", "Euro", 2, true),
            "CAD", new CurrencyInfo("CAD", "Canadian Dollar", 2, true),
            "JPY", new CurrencyInfo("JPY", "Yen", 0, true),
            "BHD", new CurrencyInfo("BHD", "Bahraini Dinar", 3, true));
    private static final Function<String, Optional<CurrencyInfo>> CURRENCIES = code -> Optional.ofNullable(
            KNOWN.get(code));
    private static final ProjectId CYBERCRIME_AT_OCTOPUS = new ProjectId(1);
    private static final ProjectId OCTOPUS = new ProjectId(2);

    private static ContributionDraft pledge(String amount, String currency, AllocationDraft... allocations) {
        return new ContributionDraft(new DonorId(1), "CA-2020-1", LocalDate.of(2020, 10, 19), new BigDecimal(amount),
                currency, "", "", List.of(allocations));
    }

    private static List<String> keys(List<FieldError> errors) {
        return errors.stream().map(FieldError::messageKey).toList();
    }

    @Test
    void aSplitWhoseAmountsAreNotPublicIsAValidPledgeWithoutFractions() {
        AllocationDraft first = new AllocationDraft(CYBERCRIME_AT_OCTOPUS, AllocationBasis.UNDISCLOSED,
                new BigDecimal("50"), "");
        ContributionDraft canada = pledge("250000", "cad", first,
                new AllocationDraft(OCTOPUS, AllocationBasis.UNDISCLOSED, null, ""));

        assertThat(canada.validate(CURRENCIES)).isEmpty();
        assertThat(canada.currency()).isEqualTo("CAD");
        assertThat(first.value()).as("an undisclosed split keeps no value").isNull();
        assertThat(first.fractionOf(canada.amount())).isEmpty();
    }

    @Test
    void amountsAndSharesBecomeTheFractionOfThePledgeTheyCarry() {
        assertThat(new AllocationDraft(OCTOPUS, AllocationBasis.AMOUNT, new BigDecimal("62500"), "")
                .fractionOf(new BigDecimal("250000"))).hasValueSatisfying(fraction -> assertThat(fraction)
                        .isEqualByComparingTo("0.25"));
        assertThat(new AllocationDraft(OCTOPUS, AllocationBasis.SHARE, new BigDecimal("33.333333"), "")
                .fractionOf(new BigDecimal("250000"))).hasValueSatisfying(fraction -> assertThat(fraction)
                        .isEqualByComparingTo("0.33333333"));
    }

    @Test
    void earmarksCannotExceedThePledgeMixBasesOrRepeatAProject() {
        assertThat(keys(pledge("100", "EUR",
                new AllocationDraft(OCTOPUS, AllocationBasis.AMOUNT, new BigDecimal("80"), ""),
                new AllocationDraft(CYBERCRIME_AT_OCTOPUS, AllocationBasis.AMOUNT, new BigDecimal("30"), ""))
                .validate(CURRENCIES))).containsExactly("validation.allocation.amountsExceed");
        assertThat(keys(pledge("100", "EUR",
                new AllocationDraft(OCTOPUS, AllocationBasis.SHARE, new BigDecimal("50"), ""),
                new AllocationDraft(OCTOPUS, AllocationBasis.SHARE, new BigDecimal("0"), ""))
                .validate(CURRENCIES)))
                .containsExactly("validation.allocation.duplicateProject", "validation.allocation.valueNotPositive");
        assertThat(keys(pledge("100", "EUR",
                new AllocationDraft(OCTOPUS, AllocationBasis.SHARE, new BigDecimal("50"), ""),
                new AllocationDraft(CYBERCRIME_AT_OCTOPUS, AllocationBasis.AMOUNT, new BigDecimal("50"), ""))
                .validate(CURRENCIES))).containsExactly("validation.allocation.mixedBasis");
        assertThat(keys(pledge("100", "EUR", new AllocationDraft(null, AllocationBasis.SHARE, BigDecimal.TEN, ""))
                .validate(CURRENCIES))).containsExactly("validation.allocation.projectRequired");
    }

    @Test
    void amountsFollowTheMinorUnitOfTheirCurrencyAndDatesStayInRange() {
        assertThat(keys(pledge("1000.5", "JPY").validate(CURRENCIES)))
                .containsExactly("validation.money.tooManyDecimalsFor");
        assertThat(pledge("1000.125", "BHD").validate(CURRENCIES)).isEmpty();
        assertThat(keys(pledge("0", "EUR").validate(CURRENCIES))).containsExactly("validation.amount.notPositive");
        assertThat(keys(pledge("-500", "EUR").validate(CURRENCIES))).as("nothing earmarked, and no earmark message")
                .containsExactly("validation.amount.notPositive");
        assertThat(keys(pledge("10", "XYZ").validate(CURRENCIES))).containsExactly("validation.currency.unknown");
        ContributionDraft ancient = new ContributionDraft(new DonorId(1), "X", LocalDate.of(1998, 12, 31),
                BigDecimal.TEN, "EUR", "", "", List.of());
        assertThat(keys(ancient.validate(CURRENCIES))).containsExactly("validation.dateOutOfRange");
        ContributionDraft empty = new ContributionDraft(null, " ", null, null, "", "", "", null);
        assertThat(empty.validate(CURRENCIES)).extracting(FieldError::field).containsExactly(
                ContributionDraft.DONOR, ContributionDraft.REFERENCE, ContributionDraft.AGREEMENT_DATE,
                ContributionDraft.CURRENCY, ContributionDraft.AMOUNT);
    }

    @Test
    void aPaymentIsCheckedInItsPledgesCurrency() {
        CurrencyInfo yen = KNOWN.get("JPY");
        CurrencyInfo euro = KNOWN.get("EUR");
        assertThat(new PaymentDraft(LocalDate.of(2021, 3, 1), new BigDecimal("5000"), new BigDecimal("38.55"), "")
                .validate(yen)).isEmpty();
        assertThat(keys(new PaymentDraft(LocalDate.of(2021, 3, 1), new BigDecimal("5000.5"), null, "")
                .validate(yen))).containsExactly("validation.money.tooManyDecimalsFor");
        assertThat(keys(new PaymentDraft(LocalDate.of(2021, 3, 1), BigDecimal.TEN, new BigDecimal("10.0001"), "")
                .validate(euro))).containsExactly("validation.money.tooManyDecimalsFor");
        assertThat(keys(new PaymentDraft(LocalDate.of(2021, 3, 1), BigDecimal.TEN, new BigDecimal("9.50"), "")
                .validate(euro))).containsExactly("validation.payment.euroCreditDiffers");
        assertThat(keys(new PaymentDraft(null, BigDecimal.ONE.negate(), null, "").validate(euro)))
                .containsExactly("validation.required", "validation.amount.notPositive");
    }

    @Test
    void theStatusFollowsThePaymentsUntilAPersonCancels() {
        BigDecimal pledged = new BigDecimal("250000");
        assertThat(ContributionStatus.of(pledged, BigDecimal.ZERO, false)).isEqualTo(ContributionStatus.PLEDGED);
        assertThat(ContributionStatus.of(pledged, new BigDecimal("1"), false))
                .isEqualTo(ContributionStatus.PARTLY_RECEIVED);
        assertThat(ContributionStatus.of(pledged, pledged, false)).isEqualTo(ContributionStatus.RECEIVED);
        assertThat(ContributionStatus.of(pledged, new BigDecimal("260000"), false))
                .isEqualTo(ContributionStatus.RECEIVED);
        assertThat(ContributionStatus.of(pledged, new BigDecimal("1"), true)).isEqualTo(ContributionStatus.CANCELLED);
        assertThat(ContributionStatus.CANCELLED.isOpen()).isFalse();
        assertThat(ContributionStatus.PARTLY_RECEIVED.isOpen()).isTrue();
    }
}
