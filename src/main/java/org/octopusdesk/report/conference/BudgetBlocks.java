package org.octopusdesk.report.conference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceBudget;
import org.octopusdesk.domain.conference.EditionFunding;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.service.conferences.BudgetService;

/**
 * The budget part of a conference report (decision 0028): planned against actual costs by category, in a table and
 * a chart of bars side by side, the balance against the income, and the funding by earmarked contribution. Every
 * figure is the sum of euros converted once, as the Budget tab shows them.
 */
public final class BudgetBlocks implements ConferenceSection {

    private final BudgetService budgets;

    public BudgetBlocks(BudgetService budgets) {
        this.budgets = budgets;
    }

    @Override
    public List<Block> blocks(Conference conference, ReportWords words) {
        ConferenceBudget budget = budgets.budget(conference.id());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(words.text("report.budget.title"), 1));
        if (budget.lines().isEmpty() && budget.funding().isEmpty()) {
            blocks.add(Block.Paragraph.normal(words.text("report.budget.none")));
            return blocks;
        }
        blocks.add(Block.Paragraph.normal(words.text("report.budget.summary", euros(words, budget.plannedEuros()),
                euros(words, budget.actualEuros()), euros(words, budget.incomeEuros()),
                euros(words, budget.balance()))));
        if (!budget.lines().isEmpty()) {
            blocks.add(byCategory(budget, words));
            blocks.add(chart(budget, words));
        }
        blocks.add(balance(budget, words));
        blocks.add(funding(budget, words));
        blocks.add(Block.Paragraph.note(words.text("report.budget.note")));
        return blocks;
    }

    private static String euros(ReportWords words, Money euros) {
        return words.euros(euros.amount());
    }

    private static Block byCategory(ConferenceBudget budget, ReportWords words) {
        List<Block.Row> rows = new ArrayList<>();
        for (ConferenceBudget.CategoryTotals totals : budget.byCategory()) {
            rows.add(Block.Row.of(words.text(totals.category().messageKey()),
                    words.number(totals.planned().amount()), words.number(totals.actual().amount()),
                    words.number(totals.actual().minus(totals.planned()).amount())));
        }
        rows.add(Block.Row.total(words.text("report.total"), words.number(budget.plannedEuros().amount()),
                words.number(budget.actualEuros().amount()),
                words.number(budget.actualEuros().minus(budget.plannedEuros()).amount())));
        return new Block.Table(words.text("report.budget.byCategory"), List.of(
                Block.Column.text(words.text("budget.category"), 3f),
                Block.Column.amount(words.text("report.budget.plannedEuros"), 1.4f),
                Block.Column.amount(words.text("report.budget.actualEuros"), 1.4f),
                Block.Column.amount(words.text("report.budget.difference"), 1.4f)), rows);
    }

    private static Block chart(ConferenceBudget budget, ReportWords words) {
        List<String> categories = new ArrayList<>();
        List<BigDecimal> planned = new ArrayList<>();
        List<BigDecimal> actual = new ArrayList<>();
        for (ConferenceBudget.CategoryTotals totals : budget.byCategory()) {
            categories.add(words.text(totals.category().messageKey() + ".short"));
            planned.add(totals.planned().amount());
            actual.add(totals.actual().amount());
        }
        return new Block.BarChart(words.text("report.budget.chart"), categories, List.of(
                new Block.Series(words.text("budget.chart.planned"), planned),
                new Block.Series(words.text("budget.chart.actual"), actual)), words::wholeNumber, true);
    }

    private static Block balance(ConferenceBudget budget, ReportWords words) {
        return new Block.Table(words.text("budget.balance.title"), List.of(
                Block.Column.text(words.text("report.money.measure"), 4f),
                Block.Column.amount(words.text("report.column.euros"), 1.5f)), List.of(
                Block.Row.of(words.text("budget.balance.received"), words.number(budget.receivedEuros().amount())),
                Block.Row.of(words.text("budget.balance.outstanding"),
                        words.number(budget.outstandingEuros().amount())),
                Block.Row.of(words.text("budget.balance.income"), words.number(budget.incomeEuros().amount())),
                Block.Row.of(words.text("budget.balance.actual"), words.number(budget.actualEuros().amount())),
                Block.Row.total(words.text("budget.balance.balance"), words.number(budget.balance().amount())),
                Block.Row.of(words.text("budget.balance.planned"), words.number(budget.plannedEuros().amount())),
                Block.Row.total(words.text("budget.balance.plannedBalance"),
                        words.number(budget.plannedBalance().amount()))));
    }

    private static Block funding(ConferenceBudget budget, ReportWords words) {
        if (budget.funding().isEmpty()) {
            return Block.Paragraph.normal(words.text("report.budget.noFunding"));
        }
        List<Block.Row> rows = new ArrayList<>();
        for (EditionFunding one : budget.funding()) {
            rows.add(Block.Row.of(one.donor(), one.reference(), words.money(one.earmarked()),
                    words.number(one.receivedEuros().amount()), words.number(one.outstandingEuros().amount())));
        }
        rows.add(Block.Row.total(words.text("report.total"), "", "", words.number(budget.receivedEuros().amount()),
                words.number(budget.outstandingEuros().amount())));
        return new Block.Table(words.text("budget.funding.title"), List.of(
                Block.Column.text(words.text("report.budget.donor"), 2.2f),
                Block.Column.text(words.text("report.budget.reference"), 1.4f),
                Block.Column.amount(words.text("report.budget.earmarked"), 1.6f),
                Block.Column.amount(words.text("report.budget.receivedEuros"), 1.4f),
                Block.Column.amount(words.text("report.budget.expectedEuros"), 1.4f)), rows);
    }
}
