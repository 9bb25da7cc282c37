package org.octopusdesk.domain.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.money.CurrencyInfo;
import org.octopusdesk.domain.money.WrittenDecimals;

/**
 * What a person enters to create or change a project. Fields may be missing or wrong: {@link #validate()}
 * says which, by field name.
 */
public record ProjectDraft(
        String code,
        String name,
        LocalDate start,
        LocalDate end,
        ProjectStatus status,
        BigDecimal budgetEur,
        String description,
        List<String> expectedResults,
        ProjectId predecessorId) {

    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String START = "start";
    public static final String END = "end";
    public static final String STATUS = "status";
    public static final String BUDGET = "budget";
    public static final String DESCRIPTION = "description";
    public static final String EXPECTED_RESULTS = "expectedResults";
    public static final String PREDECESSOR = "predecessor";

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int RESULT_MAX = 1000;
    /** NUMERIC(15, 2): thirteen digits before the decimal point. */
    private static final BigDecimal BUDGET_LIMIT = new BigDecimal("10000000000000");

    public ProjectDraft {
        code = trim(code);
        name = trim(name);
        description = trim(description);
        expectedResults = expectedResults == null ? List.of()
                : expectedResults.stream().map(ProjectDraft::trim).filter(text -> !text.isEmpty()).toList();
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }

    /** The rules a project keeps on its own; uniqueness and links are checked against the others by the service. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        requireText(errors, CODE, code, CODE_MAX);
        requireText(errors, NAME, name, NAME_MAX);
        if (start == null) {
            errors.add(FieldError.of(START, "validation.required"));
        }
        if (end == null) {
            errors.add(FieldError.of(END, "validation.required"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(FieldError.of(END, "validation.project.endBeforeStart"));
        }
        if (status == null) {
            errors.add(FieldError.of(STATUS, "validation.required"));
        }
        validateBudget(errors);
        if (description.length() > DESCRIPTION_MAX) {
            errors.add(FieldError.of(DESCRIPTION, "validation.tooLong", DESCRIPTION_MAX));
        }
        if (expectedResults.stream().anyMatch(result -> result.length() > RESULT_MAX)) {
            errors.add(FieldError.of(EXPECTED_RESULTS, "validation.tooLong", RESULT_MAX));
        }
        return errors;
    }

    private void validateBudget(List<FieldError> errors) {
        if (budgetEur == null) {
            return;
        }
        Optional<FieldError> decimals = WrittenDecimals.problem(budgetEur, CurrencyInfo.EURO, 2, BUDGET);
        if (budgetEur.signum() < 0) {
            errors.add(FieldError.of(BUDGET, "validation.project.budgetNegative"));
        } else if (decimals.isPresent()) {
            errors.add(decimals.get());
        } else if (budgetEur.compareTo(BUDGET_LIMIT) >= 0) {
            errors.add(FieldError.of(BUDGET, "validation.project.budgetTooLarge"));
        }
    }

    private static void requireText(List<FieldError> errors, String field, String value, int max) {
        if (value.isEmpty()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (value.length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    /** The budget at the cent, as it is stored. */
    public BigDecimal budgetAtCent() {
        return budgetEur == null ? null : budgetEur.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
