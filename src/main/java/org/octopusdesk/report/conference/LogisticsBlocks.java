package org.octopusdesk.report.conference;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.LogisticsStatus;
import org.octopusdesk.domain.conference.LogisticsSummary;
import org.octopusdesk.domain.conference.LogisticsTask;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.service.conferences.LogisticsService;

/**
 * The conference report's logistics: how many tasks stand at each status on the report's day, how many are late,
 * and the tasks still to be done, the late ones marked.
 */
final class LogisticsBlocks implements ConferenceSection {

    private final LogisticsService logistics;
    private final Clock clock;

    LogisticsBlocks(LogisticsService logistics, Clock clock) {
        this.logistics = logistics;
        this.clock = clock;
    }

    @Override
    public List<Block> blocks(Conference conference, ReportWords words) {
        LocalDate today = LocalDate.now(clock);
        List<LogisticsTask> tasks = logistics.ofConference(conference.id(), null);
        LogisticsSummary summary = LogisticsSummary.of(tasks, today);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(words.text("report.conference.logistics"), 1));
        if (tasks.isEmpty()) {
            blocks.add(Block.Paragraph.normal(words.text("report.conference.noLogistics")));
            return blocks;
        }
        blocks.add(Block.Paragraph.normal(words.text("report.conference.logisticsOn", words.date(today),
                words.text("logistics.summary", summary.total(), summary.count(LogisticsStatus.DONE),
                        summary.overdue()))));
        List<Block.Row> counts = new ArrayList<>();
        for (LogisticsStatus status : LogisticsStatus.values()) {
            counts.add(Block.Row.of(words.text(status.messageKey()),
                    words.wholeNumber(BigDecimal.valueOf(summary.count(status)))));
        }
        counts.add(Block.Row.total(words.text("report.conference.total"),
                words.wholeNumber(BigDecimal.valueOf(summary.total()))));
        blocks.add(new Block.Table("", List.of(Block.Column.text(words.text("logistics.status"), 4f),
                Block.Column.amount(words.text("report.conference.tasks"), 1.4f)), counts));
        List<Block.Row> unfinished = tasks.stream().filter(task -> task.status().isUnfinished())
                .map(task -> Block.Row.of(task.title(), words.text(task.category().messageKey()),
                        task.owner().isEmpty() ? ReportWords.NONE : task.owner(),
                        task.due() == null ? ReportWords.NONE : words.date(task.due()),
                        task.isOverdueOn(today) ? words.text("logistics.statusOverdue",
                                words.text(task.status().messageKey())) : words.text(task.status().messageKey())))
                .toList();
        if (!unfinished.isEmpty()) {
            blocks.add(new Block.Table(words.text("report.conference.unfinished"), List.of(
                    Block.Column.text(words.text("logistics.title"), 3.4f),
                    Block.Column.text(words.text("logistics.category"), 2f),
                    Block.Column.text(words.text("logistics.owner"), 1.6f),
                    Block.Column.text(words.text("logistics.due"), 1.3f),
                    Block.Column.text(words.text("logistics.status"), 1.6f)), unfinished));
        }
        return blocks;
    }
}
