package org.octopusdesk.domain.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A capacity-building project as stored.
 *
 * @param originalEnd the end first decided; it never moves once an amendment exists
 * @param currentEnd the end in force, moved by amendments
 * @param budgetEur the budget in euros at the cent, or {@code null} when it is not known
 * @param expectedResults the expected results in their order
 * @param predecessorId the project this one follows, or {@code null}
 * @param version the optimistic-locking version: a save names the version it started from
 */
public record Project(
        ProjectId id,
        String code,
        String name,
        LocalDate start,
        LocalDate originalEnd,
        LocalDate currentEnd,
        ProjectStatus status,
        BigDecimal budgetEur,
        String description,
        List<String> expectedResults,
        ProjectId predecessorId,
        int version) {

    public Project {
        expectedResults = List.copyOf(expectedResults);
        description = description == null ? "" : description;
    }

    public Optional<BigDecimal> budget() {
        return Optional.ofNullable(budgetEur);
    }

    public Optional<ProjectId> predecessor() {
        return Optional.ofNullable(predecessorId);
    }

    /** True once the end date has been amended away from the one first decided. */
    public boolean isAmended() {
        return !originalEnd.equals(currentEnd);
    }

    /** True when {@code day} lies within the project's dates, its first and last day included. */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(currentEnd);
    }

    public ProjectDuration durationAsOf(LocalDate asOf) {
        return ProjectDuration.of(start, currentEnd, asOf);
    }

    /** The editable values of this project, as a form starts from them. */
    public ProjectDraft toDraft() {
        return new ProjectDraft(code, name, start, currentEnd, status, budgetEur, description, expectedResults,
                predecessorId);
    }
}
