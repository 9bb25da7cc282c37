package org.octopusdesk.service.spending;

import java.util.List;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.NeedsConfirmation;
import org.octopusdesk.domain.spending.SpendingWarning;

/**
 * An expenditure line needs a confirmation before it is saved: it is dated outside its project, or it repeats a line
 * already recorded. Not an error: the person sees each reason, confirms, and the line is saved as entered.
 */
public class SpendingWarningException extends DomainException implements NeedsConfirmation<SpendingWarning> {

    private final transient List<Reason<SpendingWarning>> found;

    public SpendingWarningException(List<Reason<SpendingWarning>> found) {
        super(found.get(0).messageKey(), found.get(0).arguments().toArray());
        this.found = List.copyOf(found);
    }

    /** Every reason not confirmed yet, in the order of {@link SpendingWarning}. */
    @Override
    public List<Reason<SpendingWarning>> found() {
        return found;
    }

    @Override
    public Class<SpendingWarning> kindType() {
        return SpendingWarning.class;
    }
}
