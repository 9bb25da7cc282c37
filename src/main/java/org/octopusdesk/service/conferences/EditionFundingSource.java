package org.octopusdesk.service.conferences;

import java.time.LocalDate;
import java.util.List;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.conference.EditionFunding;

/** The contributions earmarked to an edition, as of a day: what its budget's income is. */
@FunctionalInterface
public interface EditionFundingSource {

    /** Runs inside the caller's transaction. */
    List<EditionFunding> fundingOf(ConferenceId conference, LocalDate asOf);
}
