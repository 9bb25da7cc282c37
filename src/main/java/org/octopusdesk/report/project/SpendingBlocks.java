package org.octopusdesk.report.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.ExpenditureCategory;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.service.spending.ExpenditureQuery;
import org.octopusdesk.service.spending.ProjectFinance;
import org.octopusdesk.service.spending.SpendingService;

/**
 * Money against time in a project report: received and spent against the budget and the share of time gone, the
 * burn rate and the months of funding left, then the spending of the period by category and line by line, each line
 * with its stored conversion. The same figures as the project's page and the dashboard, from the same service.
 */
public final class SpendingBlocks implements MoneyAgainstTimeBlocks {

    private final SpendingService spending;

    public SpendingBlocks(SpendingService spending) {
        this.spending = spending;
    }

    @Override
    public List<Block> blocks(Project project, ProjectReportRequest request, ReportWords words) {
        ProjectFinance finance = spending.finance(project.id(), request.asOf());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(words.text("report.money.title", request.asOf()), 1));
        blocks.add(Block.Paragraph.normal(summary(finance, words, request)));
        blocks.add(new Block.Table("", List.of(
                Block.column(words.text("report.money.measure"), 3f, Block.Align.LEFT),
                Block.column(words.text("report.column.euros"), 1.5f, Block.Align.RIGHT),
                Block.column(words.text("report.column.ofBudget"), 1.2f, Block.Align.RIGHT)), List.of(
                Block.Row.of(words.text("report.money.budget"),
                        finance.budget().map(words::number).orElse(ReportWords.NONE),
                        finance.budget().isPresent() ? words.percent(new BigDecimal("100.0")) : ReportWords.NONE),
                Block.Row.of(words.text("report.money.received"), words.number(finance.receivedEuros()),
                        finance.percentBudgetReceived().map(words::percent).orElse(ReportWords.NONE)),
                Block.Row.of(words.text("report.money.spent"), words.number(finance.spentEuros()),
                        finance.percentBudgetSpent().map(words::percent).orElse(ReportWords.NONE)),
                Block.Row.of(words.text("report.money.balance"), words.number(finance.balanceEuros()), ""),
                Block.Row.of(words.text("report.money.burnRate"), words.number(finance.monthlyBurnRate()), ""),
                Block.Row.of(words.text("report.money.monthsLeft"), finance.monthsOfFundingLeft()
                        .map(months -> words.messages().number(months)).orElse(words.text("report.money.noBurn")),
                        ""))));
        List<Expenditure> lines = spending.list(new ExpenditureQuery(project.id(), null, request.from(),
                request.to()));
        if (lines.isEmpty()) {
            blocks.add(Block.Paragraph.normal(words.text("report.money.noSpending")));
        } else {
            blocks.add(byCategory(lines, words));
            blocks.add(lines(lines, words));
        }
        return blocks;
    }

    private static String summary(ProjectFinance finance, ReportWords words, ProjectReportRequest request) {
        if (finance.percentBudgetReceived().isEmpty()) {
            return words.text("report.money.summaryNoBudget", request.asOf(), words.euros(finance.receivedEuros()),
                    words.euros(finance.spentEuros()), words.percent(finance.percentTimeElapsed()));
        }
        return words.text("report.money.summary", request.asOf(), words.percent(finance.percentBudgetReceived()
                .get()), words.percent(finance.percentBudgetSpent().orElseThrow()),
                words.percent(finance.percentTimeElapsed()));
    }

    private static Block byCategory(List<Expenditure> lines, ReportWords words) {
        Map<ExpenditureCategory, BigDecimal> sums = new EnumMap<>(ExpenditureCategory.class);
        for (Expenditure line : lines) {
            sums.merge(line.category(), line.euros().amount(), BigDecimal::add);
        }
        List<Block.Row> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<ExpenditureCategory, BigDecimal> sum : sums.entrySet()) {
            rows.add(Block.Row.of(words.text(sum.getKey().messageKey()), words.number(sum.getValue())));
            total = total.add(sum.getValue());
        }
        rows.add(Block.Row.total(words.text("report.total"), words.number(total)));
        return new Block.Table(words.text("report.money.byCategory"), List.of(
                Block.column(words.text("report.money.category"), 4f, Block.Align.LEFT),
                Block.column(words.text("report.column.euros"), 1.4f, Block.Align.RIGHT)), rows);
    }

    private static Block lines(List<Expenditure> lines, ReportWords words) {
        List<Block.Row> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Expenditure line : lines) {
            rows.add(Block.Row.of(words.date(line.spentOn()), words.text(line.category().messageKey()),
                    line.description(), words.money(line.amount()),
                    words.rate(line.rate()), words.rateDate(line.rate()), words.text(line.basisMessageKey()),
                    words.number(line.euros().amount())));
            total = total.add(line.euros().amount());
        }
        rows.add(Block.Row.total(words.text("report.total"), "", "", "", "", "", "", words.number(total)));
        return new Block.Table(words.text("report.money.lines"), List.of(
                Block.column(words.text("report.column.date"), 1f, Block.Align.LEFT),
                Block.column(words.text("report.money.category"), 0.9f, Block.Align.LEFT),
                Block.column(words.text("report.column.description"), 2.4f, Block.Align.LEFT),
                Block.column(words.text("report.column.amount"), 1.4f, Block.Align.RIGHT),
                Block.column(words.text("report.column.rate"), 0.9f, Block.Align.RIGHT),
                Block.column(words.text("report.column.rateDate"), 1f, Block.Align.LEFT),
                Block.column(words.text("report.column.source"), 0.8f, Block.Align.LEFT),
                Block.column(words.text("report.column.euros"), 1.1f, Block.Align.RIGHT)), rows);
    }
}
