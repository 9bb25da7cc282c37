package org.octopusdesk.report.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportWords;

/** Funding of a project by donor and by year against its budget, with a chart of receipts by year and donor. */
final class ProjectFundingBlocks {

    private final ReportWords words;
    private final ProjectReportRequest request;
    private final Project project;

    ProjectFundingBlocks(ReportWords words, ProjectReportRequest request, Project project) {
        this.words = words;
        this.request = request;
        this.project = project;
    }

    List<Block> blocks(ProjectFunding funding) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(words.text("report.project.funding"), 1));
        if (funding.byDonor.isEmpty() && funding.undisclosed.isEmpty()) {
            blocks.add(Block.Paragraph.normal(words.text("report.project.noFunding", request.asOf())));
            return blocks;
        }
        blocks.add(byDonor(funding));
        if (!funding.byYearAndDonor.isEmpty()) {
            blocks.add(byYear(funding));
            blocks.add(chart(funding));
        }
        for (ProjectFunding.Undisclosed split : funding.undisclosed) {
            blocks.add(Block.Paragraph.note(words.text("report.project.undisclosed", split.donor(), split.reference(),
                    split.projects(), words.euros(split.received()))));
        }
        return blocks;
    }

    private Block byDonor(ProjectFunding funding) {
        List<Block.Row> rows = new ArrayList<>();
        BigDecimal received = BigDecimal.ZERO.setScale(2);
        BigDecimal inPeriod = BigDecimal.ZERO.setScale(2);
        int contributions = 0;
        for (ProjectFunding.ByDonor donor : funding.byDonor.values()) {
            rows.add(Block.Row.of(donor.donor(), Integer.toString(donor.contributions()),
                    words.number(donor.receivedInPeriod()), words.number(donor.received())));
            received = received.add(donor.received());
            inPeriod = inPeriod.add(donor.receivedInPeriod());
            contributions += donor.contributions();
        }
        rows.add(Block.Row.total(words.text("report.total"), Integer.toString(contributions), words.number(inPeriod),
                words.number(received)));
        return new Block.Table(words.text("report.project.byDonor"), List.of(
                Block.column(words.text("report.column.donor"), 3f, Block.Align.LEFT),
                Block.column(words.text("report.column.contributions"), 1f, Block.Align.RIGHT),
                Block.column(words.text("report.column.receivedInPeriod"), 1.5f, Block.Align.RIGHT),
                Block.column(words.text("report.column.receivedUpTo", words.date(request.asOf())), 1.5f,
                        Block.Align.RIGHT)), rows);
    }

    private Block byYear(ProjectFunding funding) {
        List<Block.Row> rows = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO.setScale(2);
        for (int year : funding.byYearAndDonor.keySet()) {
            BigDecimal received = funding.receivedIn(year);
            cumulative = cumulative.add(received);
            rows.add(Block.Row.of(Integer.toString(year), words.number(received), words.number(cumulative),
                    ProjectReportBuilder.ofBudget(cumulative, project).map(words::percent).orElse(ReportWords.NONE)));
        }
        rows.add(Block.Row.total(words.text("report.total"), words.number(cumulative), "",
                ProjectReportBuilder.ofBudget(cumulative, project).map(words::percent).orElse(ReportWords.NONE)));
        return new Block.Table(words.text("report.project.byYear"), List.of(
                Block.column(words.text("report.column.year"), 1f, Block.Align.LEFT),
                Block.column(words.text("report.column.euros"), 1.5f, Block.Align.RIGHT),
                Block.column(words.text("report.column.cumulative"), 1.5f, Block.Align.RIGHT),
                Block.column(words.text("report.column.ofBudget"), 1.2f, Block.Align.RIGHT)), rows);
    }

    private Block chart(ProjectFunding funding) {
        List<Integer> years = new ArrayList<>(funding.byYearAndDonor.keySet());
        TreeSet<String> donors = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        funding.byYearAndDonor.values().forEach(byDonor -> donors.addAll(byDonor.keySet()));
        List<String> categories = new ArrayList<>();
        for (int year = years.get(0); year <= years.get(years.size() - 1); year++) {
            categories.add(Integer.toString(year));
        }
        List<Block.Series> series = new ArrayList<>();
        for (String donor : donors) {
            List<BigDecimal> values = new ArrayList<>();
            for (int year = years.get(0); year <= years.get(years.size() - 1); year++) {
                values.add(funding.byYearAndDonor.getOrDefault(year, Map.of()).getOrDefault(donor, BigDecimal.ZERO));
            }
            series.add(new Block.Series(donor, values));
        }
        return new Block.BarChart(words.text("report.project.chart"), categories, series,
                words::wholeNumber);
    }
}
