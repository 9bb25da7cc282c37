package org.octopusdesk.ui.spending;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.ExpenditureCategory;
import org.octopusdesk.domain.spending.ExpenditureDraft;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.spending.ExpenditureQuery;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

/** The Spending section and the expenditure form over real services and the sample data, without the toolkit. */
class SpendingViewModelsTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private final Messages messages = Messages.forLanguage("en");
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ErrorReporter errors;
    private Project octopus;
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(LocalDate.of(2024, 11, 1));

    @BeforeEach
    void open() {
        database = TestDatabase.withRates(folder.resolve("db"));
        database.sampleData().load();
        errors = new ErrorReporter(dialogs, messages, folder.resolve("log"));
        octopus = database.projects().list().stream().filter(project -> project.code().equals("OCTOPUS"))
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private SpendingViewModel section() {
        SpendingViewModel section = new SpendingViewModel(database.spending(), new SameThreadRunner(), dialogs,
                errors, messages, asOf);
        section.show(octopus.id());
        return section;
    }

    private ExpenditureEditorViewModel editor(Expenditure original) {
        return new ExpenditureEditorViewModel(database.spending(), new SameThreadRunner(), dialogs, errors, messages,
                octopus.id(), original, TestDatabase.TODAY);
    }

    @Test
    void theSectionShowsTheLinesAndTheMoneyAgainstTimeOfTheProject() {
        SpendingViewModel section = section();

        assertThat(section.rows()).hasSize(6);
        assertThat(section.yearChoices()).containsExactly(2024, 2023, 2022, 2021);
        assertThat(section.totalTextProperty().get()).isEqualTo("6 lines shown: EUR 363,480.99");
        var finance = section.financeProperty().get();
        // Earmarked to the project by 1 Nov 2024: 150,000 + 20,000 + 50,000 + GBP 100,000 at 0.8863 + 2,036,671.06.
        assertThat(finance.receivedEuros()).isEqualByComparingTo("2369499.67");
        assertThat(finance.spentEuros()).isEqualByComparingTo("363480.99");
        // (84,442.48 + 210,000 + 3,985.20) / 12 over the 12 months ending 1 Nov 2024
        assertThat(finance.monthlyBurnRate()).isEqualByComparingTo("24868.97");
        assertThat(finance.monthsOfFundingLeft()).hasValue(new BigDecimal("80.7"));
        assertThat(finance.percentTimeElapsed()).isEqualByComparingTo("95.8");
        assertThat(finance.percentBudgetSpent()).as("the sample has no budget").isEmpty();
        FinanceText text = new FinanceText(messages);
        assertThat(text.monthsLeft(finance)).isEqualTo("80.7 months at that rate (EUR 2,006,018.68 received and not "
                + "spent)");
        assertThat(text.summary(finance)).isEqualTo("Received EUR 2,369,499.67 · spent EUR 363,480.99 (no budget "
                + "known) · 95.8% of the time gone");

        section.categoryFilterProperty().set(ExpenditureCategory.TRAVEL);
        assertThat(section.rows()).extracting(Expenditure::spentOn)
                .containsExactly(LocalDate.of(2023, 6, 12), LocalDate.of(2024, 10, 15));
        section.yearFilterProperty().set(2024);
        assertThat(section.rows()).singleElement().satisfies(line -> assertThat(line.rate().orElseThrow().source())
                .isEqualTo(RateSource.BANK_ACTUAL));
        assertThat(section.totalTextProperty().get()).isEqualTo("1 line shown: EUR 3,985.20");

        asOf.set(LocalDate.of(2021, 12, 31));
        assertThat(section.financeProperty().get().spentEuros()).isEqualByComparingTo("48000.00");
        assertThat(section.financeProperty().get().monthlyBurnRate()).isEqualByComparingTo("4000.00");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void theFormShowsTheConversionAsOneTypesAndMessagesBesideTheFields() {
        ExpenditureEditorViewModel editor = editor(null);
        assertThat(editor.spentOnProperty().get()).isEqualTo(TestDatabase.TODAY);
        assertThat(editor.conversionPreview().textProperty().get())
                .isEqualTo("Enter the date, the amount and its currency to see the conversion.");

        editor.spentOnProperty().set(LocalDate.of(2020, 10, 19));
        editor.currencyProperty().set("CAD");
        editor.amountProperty().set("250,000");
        assertThat(editor.conversionPreview().textProperty().get())
                .isEqualTo("EUR 161,051.34 at EUR 1 = 1.5523 CAD (ECB reference rate of 19/10/2020).");
        assertThat(editor.conversionPreview().problemProperty().get()).isFalse();

        editor.currencyProperty().set("RUB");
        editor.spentOnProperty().set(LocalDate.of(2022, 6, 1));
        assertThat(editor.conversionPreview().problemProperty().get()).isTrue();
        assertThat(editor.conversionPreview().textProperty().get()).contains("RUB").contains("01/03/2022");

        List<Expenditure> saved = new ArrayList<>();
        editor.amountProperty().set("250,000.5.5");
        editor.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(editor.fieldErrors().of(ExpenditureDraft.AMOUNT).get()).startsWith("Not a number");

        editor.amountProperty().set("250,000");
        editor.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(editor.fieldErrors().of(ExpenditureDraft.CATEGORY).get()).isEqualTo("Required.");
        assertThat(editor.fieldErrors().of(ExpenditureDraft.DESCRIPTION).get()).isEqualTo("Required.");

        editor.categoryProperty().set(ExpenditureCategory.EXPERTS);
        editor.descriptionProperty().set("Legal advice");
        editor.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(editor.fieldErrors().of(ExpenditureDraft.SPENT_ON).get()).contains("01/03/2022");
        assertThat(editor.fieldErrors().of(ExpenditureDraft.CATEGORY).get()).isEmpty();

        editor.currencyProperty().set("CAD");
        editor.spentOnProperty().set(LocalDate.of(2020, 10, 19));
        dialogs.answering(false);
        editor.save(saved::add);
        assertThat(saved).as("cancelled: the form stays as it was").isEmpty();
        assertThat(dialogs.questions()).containsExactly("This line is dated 19/10/2020, before OCTOPUS began "
                + "(01/01/2021). Is it an advance for the project, or the spending of another project?");
        assertThat(editor.savingProperty().get()).isFalse();

        dialogs.answering(true);
        editor.save(saved::add);
        assertThat(saved).singleElement().satisfies(line -> {
            assertThat(line.euros()).isEqualTo(Money.euros(new BigDecimal("161051.34")));
            assertThat(line.projectCode()).isEqualTo("OCTOPUS");
        });
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aLineLikeOneRecordedIsConfirmedAndAnEditAsksOnlyAboutWhatItChanged() {
        SpendingViewModel section = section();
        Expenditure recorded = section.rows().get(0);
        ExpenditureEditorViewModel editor = editor(null);
        editor.spentOnProperty().set(recorded.spentOn());
        editor.categoryProperty().set(recorded.category());
        editor.descriptionProperty().set(" " + recorded.description().toUpperCase(java.util.Locale.ROOT) + " ");
        editor.amountProperty().set("48,000");
        editor.currencyProperty().set("EUR");
        List<Expenditure> saved = new ArrayList<>();

        dialogs.answering(false);
        editor.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(dialogs.questions()).singleElement().asString()
                .startsWith("A line of EUR 48,000.00 dated 18/11/2021, “ILLUSTRATIVE: OCTOPUS CONFERENCE 2021")
                .endsWith("”, is already recorded for this project. Is this another expense, not the same one "
                        + "entered again?");

        dialogs.answering(true);
        editor.save(saved::add);
        assertThat(saved).hasSize(1);
        assertThat(database.spending().list(ExpenditureQuery.of(octopus.id()))).hasSize(7);

        dialogs.questions().clear();
        ExpenditureEditorViewModel again = editor(saved.get(0));
        again.amountProperty().set("48,000.00");
        again.save(saved::add);
        assertThat(dialogs.questions()).as("nothing that makes it a repeat changed").isEmpty();
        assertThat(saved).hasSize(2);

        ExpenditureEditorViewModel late = editor(saved.get(1));
        late.spentOnProperty().set(LocalDate.of(2025, 1, 6));
        dialogs.answering(false);
        late.save(saved::add);
        assertThat(dialogs.questions()).containsExactly("This line is dated 06/01/2025, after OCTOPUS ended "
                + "(31/12/2024). Is it a late invoice of the project, or the spending of another project?");
        assertThat(saved).hasSize(2);
    }

    @Test
    void editingALineKeepsTheBanksEurosAndTheNewWordsReachTheList() {
        SpendingViewModel section = section();
        section.selectedProperty().set(section.rows().get(5));
        ExpenditureEditorViewModel editor = section.editor(false).orElseThrow();
        assertThat(editor.bankEurosProperty().get()).isEqualTo("3,985.20");
        assertThat(editor.amountProperty().get()).isEqualTo("6,000.00");
        assertThat(editor.conversionPreview().textProperty().get())
                .isEqualTo("EUR 3,985.20 at EUR 1 = 1.50557061 CAD (bank’s actual EUR debit of 15/10/2024).");
        assertThat(editor.conversionPreview().problemProperty().get()).isFalse();
        editor.bankEurosProperty().set("398.52");
        assertThat(editor.conversionPreview().textProperty().get()).as("a zero left out, said before the save")
                .endsWith("That is far from the ECB’s rate of 15/10/2024, 1.5063: are the bank’s euros right?");
        assertThat(editor.conversionPreview().problemProperty().get()).isTrue();
        editor.bankEurosProperty().set("3,985.20");

        editor.descriptionProperty().set("Experts' travel to the regional conference");
        editor.save(section::saved);

        assertThat(section.selectedProperty().get().description())
                .isEqualTo("Experts' travel to the regional conference");
        assertThat(section.selectedProperty().get().euros()).isEqualTo(Money.euros(new BigDecimal("3985.20")));
        assertThat(section.selectedProperty().get().version()).isEqualTo(1);
    }

    @Test
    void aDeleteIsConfirmedFirst() {
        SpendingViewModel section = section();
        section.selectedProperty().set(section.rows().get(0));

        dialogs.answering(false);
        section.deleteSelected();
        assertThat(section.rows()).hasSize(6);
        assertThat(dialogs.questions()).singleElement().asString()
                .startsWith("Delete the line of EUR 48,000.00 of 18/11/2021 (“Illustrative: Octopus Conference");

        dialogs.answering(true);
        section.deleteSelected();
        assertThat(section.rows()).hasSize(5);
        assertThat(section.financeProperty().get().spentEuros()).isEqualByComparingTo("315480.99");
        assertThat(database.spending().list(ExpenditureQuery.of(octopus.id()))).hasSize(5);
    }

    @Test
    void anImportIsAllOrNothingAndListsEveryBadLine(@TempDir Path files) throws Exception {
        SpendingViewModel section = section();
        Path bad = files.resolve("bad.csv");
        Files.writeString(bad, "project,date,category,description,amount,currency\n"
                + "OCTOPUS,2024-11-20,staff,Staff,1000,EUR\n"
                + "OCTOPUS,2024-11-31,staff,Staff,1000,EUR\n", StandardCharsets.UTF_8);

        section.importFrom(bad);

        assertThat(dialogs.questions()).containsExactly("Nothing was imported: 1 line needs correcting.",
                "Line 3 date: Not a date: “2024-11-31” (write YYYY-MM-DD, e.g. 2020-10-19).");
        assertThat(section.rows()).hasSize(6);

        Path good = files.resolve("good.csv");
        Files.writeString(good, "project,date,category,description,amount,currency\n"
                + "OCTOPUS,2024-11-20,staff,Staff,1000,EUR\n", StandardCharsets.UTF_8);
        dialogs.questions().clear();
        section.importFrom(good);

        assertThat(dialogs.questions()).containsExactly("Imported 1 expenditure line.");
        assertThat(section.rows()).hasSize(7);
        assertThat(section.yearChoices()).containsExactly(2024, 2023, 2022, 2021);
        assertThat(section.importingProperty().get()).isFalse();
    }

    @Test
    void aFileImportedAgainIsImportedOnlyOnceConfirmed(@TempDir Path files) throws Exception {
        SpendingViewModel section = section();
        Path file = files.resolve("october.csv");
        Files.writeString(file, "project,date,category,description,amount,currency\n"
                + "OCTOPUS,2024-10-16,Travel,Taxi,40.00,EUR\n", StandardCharsets.UTF_8);
        section.importFrom(file);
        dialogs.questions().clear();

        dialogs.answering(false);
        section.importFrom(file);

        assertThat(dialogs.questions()).containsExactly("Nothing was imported yet: 1 line needs your confirmation."
                + "\n\nLine 2: Already recorded: 16/10/2024, EUR 40.00, “Taxi”.");
        assertThat(section.rows()).hasSize(7);

        dialogs.answering(true);
        dialogs.questions().clear();
        section.importFrom(file);

        assertThat(dialogs.questions()).endsWith("Imported 1 expenditure line.");
        assertThat(section.rows()).hasSize(8);
        assertThat(section.importingProperty().get()).isFalse();
    }
}
