package org.octopusdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ProblemList;

class MessagesTest {

    private final Messages english = Messages.forLanguage("en");
    private final Messages french = Messages.forLanguage("fr");

    @Test
    void datesAreDayFirstInBothLanguages() {
        LocalDate end = LocalDate.of(2020, 12, 31);

        assertThat(english.date(end)).isEqualTo("31/12/2020");
        assertThat(french.date(end)).isEqualTo("31/12/2020");
    }

    @Test
    void anImportProblemNamesItsColumnOrOnlyItsLine() {
        assertThat(english.problemOnLine(3, "amount", "error.contributionImport.badNumber", java.util.List.of("ten")))
                .startsWith("Line 3 amount: ");
        assertThat(english.problemOnLine(2, "", "error.contributionImport.empty", java.util.List.of()))
                .startsWith("Line 2: ").doesNotContain(" :");
        assertThat(french.problemOnLine(2, "", "error.contributionImport.empty", java.util.List.of()))
                .as("French puts a space before the colon").startsWith("Ligne 2 : ");
    }

    @Test
    void aRefusalOfManyProblemsListsEachOnItsLineAndCountsTheRest() {
        List<DomainException> problems = new ArrayList<>();
        for (int line = 2; line < 14; line++) {
            problems.add(new DomainException("error.ratesFile.badRate", "rates.csv:" + line + ", CAD", "0"));
        }
        DomainException refused = new DomainException("error.ratesFile.problems", "rates.csv", 25,
                new ProblemList(problems, 25));

        String[] english = this.english.message(refused).split("\n");
        assertThat(english).hasSize(12);
        assertThat(english[0]).isEqualTo("Nothing was imported from rates.csv: 25 problems need correcting.");
        assertThat(english[1]).isEqualTo("• rates.csv:2, CAD: “0” is not a rate: a number above zero, in plain digits "
                + "(no exponent), at most 12 before the point and 8 after it.");
        assertThat(english[10]).startsWith("• rates.csv:11, CAD: ");
        assertThat(english[11]).isEqualTo("… and 15 more.");
        String[] french = this.french.message(refused).split("\n");
        assertThat(french[0]).isEqualTo("Rien n’a été importé de rates.csv : 25 problèmes sont à corriger.");
        assertThat(french[11]).isEqualTo("… et 15 autres.");
    }

    @Test
    void decimalsAreCountedInWordsAndAThousandsSeparatorIsNamed() {
        assertThat(english.message(FieldError.of("amount", "validation.money.tooManyDecimalsFor", "JPY", 0)))
                .isEqualTo("JPY amounts have no decimals.");
        assertThat(french.message(FieldError.of("amount", "validation.money.tooManyDecimalsFor", "CAD", 2)))
                .isEqualTo("Les montants en CAD ont 2 décimales au plus.");
        assertThat(english.message(FieldError.of("amount", "validation.money.thousandsSeparator", "CAD", 2,
                "250000"))).isEqualTo("Written with 3 decimals, and CAD amounts have 2 at most. If it means 250000, "
                        + "write it without a thousands separator.");
        assertThat(french.message(FieldError.of("amount", "validation.money.thousandsSeparator", "JPY", 0,
                "1000"))).isEqualTo("Écrit avec 3 décimales, alors que les montants en JPY n’en ont pas. S’il "
                        + "s’agit de 1000, écrivez-le sans séparateur de milliers.");
    }

    @Test
    void aTreatyIsNamedAsTheLanguageWritesIt() {
        FieldError early = FieldError.of("signature", "validation.treaty.beforeOpened", LocalDate.of(2000, 1, 1),
                org.octopusdesk.domain.country.Instrument.ETS185, LocalDate.of(2001, 11, 23));

        assertThat(english.message(early)).contains("before ETS 185 was");
        assertThat(french.message(early)).contains("(STE 185, ");
    }

    @Test
    void numbersFollowTheLanguage() {
        BigDecimal amount = new BigDecimal("161051.34");

        assertThat(english.number(amount)).isEqualTo("161,051.34");
        assertThat(french.number(amount)).isEqualTo("161\u00a0051,34");
        assertThat(french.euros(amount)).isEqualTo("EUR 161\u00a0051,34");
        assertThat(english.number(2557L)).isEqualTo("2,557");
        assertThat(french.percent(new BigDecimal("78.5"))).isEqualTo("78,5\u00a0%");
        assertThat(english.percent(new BigDecimal("78.5"))).isEqualTo("78.5%");
    }

    @Test
    void amountsAreReadAsThePersonTypesThem() {
        assertThat(english.parseDecimal("1,250,000.50")).contains(new BigDecimal("1250000.50"));
        assertThat(english.parseDecimal("1250000.5")).contains(new BigDecimal("1250000.5"));
        assertThat(french.parseDecimal("1 250 000,50")).contains(new BigDecimal("1250000.50"));
        assertThat(french.parseDecimal("161\u202f051,34")).contains(new BigDecimal("161051.34"));
        assertThat(english.parseDecimal("12,34")).isEmpty();
        assertThat(english.parseDecimal("twelve")).isEmpty();
        assertThat(french.parseDecimal("1.250,00")).isEmpty();
        assertThat(english.parseDecimal("-5")).contains(new BigDecimal("-5"));
    }

    @Test
    void aPastedPageIsNoNumberButALargeAmountIsLeftToTheAmountRules() {
        assertThat(english.parseDecimal("1".repeat(30))).contains(new BigDecimal("1".repeat(30)));
        assertThat(english.parseDecimal("1".repeat(10_000_000))).isEmpty();
        assertThat(english.parseDecimal("1e100000000")).isEmpty();
    }

    @Test
    void datesAreReadDayFirstOrIso() {
        assertThat(french.parseDate("31/12/2020")).contains(LocalDate.of(2020, 12, 31));
        assertThat(english.parseDate("2020-12-31")).contains(LocalDate.of(2020, 12, 31));
        assertThat(english.parseDate("31/12/20")).isEmpty();
        assertThat(english.parseDate("31/02/2020")).isEmpty();
    }

    @Test
    void fillsPlaceholdersWithFormattedValues() {
        assertThat(french.message(FieldError.of("code", "validation.tooLong", 1000)))
                .isEqualTo("1\u00a0000 caractères au plus.");
        assertThat(english.text("dashboard.remaining", 35L, LocalDate.of(2024, 12, 31)))
                .isEqualTo("35 days remaining · ends 31/12/2024");
    }

    @Test
    void aMissingKeyShowsTheKeyRatherThanFailing() {
        assertThat(english.text("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void unknownLanguagesFallBackToEnglish() {
        assertThat(Messages.forLanguage("de").language()).isEqualTo("en");
        assertThat(Messages.isSupported("de")).isFalse();
    }

    @Test
    void aSpanOfDaysIsWrittenAsShortAsItReadsUnambiguously() {
        Messages messages = Messages.forLanguage("fr");
        assertThat(messages.dateRange(LocalDate.of(2020, 11, 30), LocalDate.of(2020, 11, 30))).isEqualTo("30/11/2020");
        assertThat(messages.dateRange(LocalDate.of(2024, 6, 18), LocalDate.of(2024, 6, 20)))
                .isEqualTo("18–20/06/2024");
        assertThat(messages.dateRange(LocalDate.of(2022, 11, 29), LocalDate.of(2022, 12, 1)))
                .isEqualTo("29/11–01/12/2022");
        assertThat(messages.dateRange(LocalDate.of(2022, 12, 30), LocalDate.of(2023, 1, 2)))
                .isEqualTo("30/12/2022 – 02/01/2023");
    }
}
