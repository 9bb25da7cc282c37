package org.octopusdesk.domain.conference;

import java.util.Locale;
import org.octopusdesk.domain.spending.ExpenditureCategory;

/**
 * What a conference's money goes on, as the secretariat plans it: the categories of the logistics (decision 0028).
 * Each is booked under one of the project's own spending categories, so that the project report's groups stay
 * those of every other project.
 */
public enum BudgetCategory {
    VENUE(ExpenditureCategory.EVENTS),
    INTERPRETATION(ExpenditureCategory.EVENTS),
    FUNDED_TRAVEL(ExpenditureCategory.TRAVEL),
    EXPERTS(ExpenditureCategory.EXPERTS),
    CATERING(ExpenditureCategory.EVENTS),
    COMMUNICATION(ExpenditureCategory.OTHER),
    OTHER(ExpenditureCategory.OTHER);

    private final ExpenditureCategory spending;

    BudgetCategory(ExpenditureCategory spending) {
        this.spending = spending;
    }

    /** The project spending category an actual cost of this category is booked under. */
    public ExpenditureCategory spendingCategory() {
        return spending;
    }

    public String messageKey() {
        return "budget.category." + name().toLowerCase(Locale.ROOT);
    }
}
