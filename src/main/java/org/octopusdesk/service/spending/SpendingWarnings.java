package org.octopusdesk.service.spending;

import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.NeedsConfirmation;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.SpendingWarning;
import org.octopusdesk.service.rates.BankRateGap;
import org.octopusdesk.service.rates.EuroConverter;

/** What a person must confirm before an expenditure line is saved, in a form or from a file. */
final class SpendingWarnings {

    private SpendingWarnings() {
    }

    /**
     * Why {@code line} lies outside {@code project}'s dates, named with the project's code and the date it began or
     * ended; empty when the project runs on the line's day.
     */
    static Optional<NeedsConfirmation.Reason<SpendingWarning>> outsideProject(Expenditure line, Project project) {
        if (project.runsOn(line.spentOn())) {
            return Optional.empty();
        }
        boolean before = line.spentOn().isBefore(project.start());
        return Optional.of(new NeedsConfirmation.Reason<>(SpendingWarning.OUTSIDE_PROJECT,
                before ? "warning.spending.beforeProject" : "warning.spending.afterProject",
                List.of(line.spentOn(), project.code(), before ? project.start() : project.currentEnd())));
    }

    /** The reason to confirm {@code line}, whose bank euros are too far from the ECB's rate of its day. */
    static Optional<NeedsConfirmation.Reason<SpendingWarning>> bankRate(Expenditure line, EuroConverter conversions) {
        return BankRateGap.of(line.amount(), line.rate(), line.euros(), conversions).map(gap ->
                new NeedsConfirmation.Reason<>(SpendingWarning.BANK_RATE, BankRateGap.MESSAGE, gap.arguments()));
    }

    /** The reason to confirm {@code line}, which repeats one the project has already recorded. */
    static NeedsConfirmation.Reason<SpendingWarning> alreadyRecorded(Expenditure line) {
        return new NeedsConfirmation.Reason<>(SpendingWarning.REPEATED, "warning.spending.alreadyRecorded",
                List.of(line.spentOn(), line.amount().amount(), line.amount().currency(), line.description()));
    }
}
