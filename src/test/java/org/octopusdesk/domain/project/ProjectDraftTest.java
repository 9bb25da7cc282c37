package org.octopusdesk.domain.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.FieldError;

class ProjectDraftTest {

    static ProjectDraft valid() {
        return new ProjectDraft("C@O", "Cybercrime@Octopus", LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31),
                ProjectStatus.RUNNING, new BigDecimal("1250000.00"), "Global project", List.of("Conferences"), null);
    }

    private static List<String> fieldsOf(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteDraftPasses() {
        assertThat(valid().validate()).isEmpty();
    }

    @Test
    void nameCodeDatesAndStatusAreRequired() {
        ProjectDraft draft = new ProjectDraft("  ", null, null, null, null, null, null, null, null);

        assertThat(fieldsOf(draft.validate())).containsExactly("code", "name", "start", "end", "status");
        assertThat(draft.validate())
                .allSatisfy(error -> assertThat(error.messageKey()).isEqualTo("validation.required"));
    }

    @Test
    void theEndMayNotComeBeforeTheStart() {
        ProjectDraft draft = new ProjectDraft("X", "X", LocalDate.of(2021, 1, 1), LocalDate.of(2020, 12, 31),
                ProjectStatus.PLANNED, null, "", List.of(), null);

        assertThat(draft.validate()).containsExactly(FieldError.of("end", "validation.project.endBeforeStart"));
    }

    @Test
    void theEndMayBeTheStartDay() {
        ProjectDraft draft = new ProjectDraft("X", "X", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 1),
                ProjectStatus.PLANNED, null, "", List.of(), null);

        assertThat(draft.validate()).isEmpty();
    }

    @Test
    void theBudgetIsNeverNegativeNorFinerThanACent() {
        assertThat(withBudget("-0.01").validate())
                .containsExactly(FieldError.of("budget", "validation.project.budgetNegative"));
        assertThat(withBudget("10.0001").validate())
                .containsExactly(FieldError.of("budget", "validation.money.tooManyDecimalsFor", "EUR", 2));
        assertThat(withBudget("10.500").validate()).as("a thousands separator, not ten euros fifty")
                .containsExactly(FieldError.of("budget", "validation.money.thousandsSeparator", "EUR", 2, "10500"));
        assertThat(withBudget("10.5000").validate()).isEmpty();
        assertThat(withBudget("0").validate()).isEmpty();
        assertThat(withBudget("10000000000000").validate())
                .containsExactly(FieldError.of("budget", "validation.project.budgetTooLarge"));
    }

    @Test
    void textIsTrimmedAndBlankResultsAreDropped() {
        ProjectDraft draft = new ProjectDraft(" C@O ", " Name ", null, null, null, null, "  text  ",
                Arrays.asList(" first ", "  ", "second"), null);

        assertThat(draft.code()).isEqualTo("C@O");
        assertThat(draft.name()).isEqualTo("Name");
        assertThat(draft.description()).isEqualTo("text");
        assertThat(draft.expectedResults()).containsExactly("first", "second");
    }

    @Test
    void overlongTextIsRefusedWithTheLimit() {
        ProjectDraft draft = new ProjectDraft("C".repeat(41), "N".repeat(201), LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 1, 1), ProjectStatus.PLANNED, null, "", List.of(), null);

        assertThat(draft.validate()).containsExactly(FieldError.of("code", "validation.tooLong", 40),
                FieldError.of("name", "validation.tooLong", 200));
    }

    @Test
    void storesTheBudgetAtTheCent() {
        assertThat(withBudget("10.5").budgetAtCent()).isEqualTo(new BigDecimal("10.50"));
    }

    private static ProjectDraft withBudget(String budget) {
        ProjectDraft base = valid();
        return new ProjectDraft(base.code(), base.name(), base.start(), base.end(), base.status(),
                new BigDecimal(budget), base.description(), base.expectedResults(), null);
    }
}
