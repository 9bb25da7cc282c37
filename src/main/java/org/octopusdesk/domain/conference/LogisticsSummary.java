package org.octopusdesk.domain.conference;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where an edition's logistics stand on a day: how many tasks of each status, every status listed, and how many
 * unfinished ones are past their due date.
 */
public record LogisticsSummary(int total, Map<LogisticsStatus, Integer> byStatus, int overdue) {

    public LogisticsSummary {
        byStatus = Map.copyOf(byStatus);
    }

    public static LogisticsSummary of(Collection<LogisticsTask> tasks, LocalDate today) {
        Map<LogisticsStatus, Integer> counts = new EnumMap<>(LogisticsStatus.class);
        for (LogisticsStatus status : LogisticsStatus.values()) {
            counts.put(status, 0);
        }
        int overdue = 0;
        for (LogisticsTask task : tasks) {
            counts.merge(task.status(), 1, Integer::sum);
            if (task.isOverdueOn(today)) {
                overdue++;
            }
        }
        return new LogisticsSummary(tasks.size(), counts, overdue);
    }

    public int count(LogisticsStatus status) {
        return byStatus.getOrDefault(status, 0);
    }
}
