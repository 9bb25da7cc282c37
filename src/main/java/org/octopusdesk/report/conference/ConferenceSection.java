package org.octopusdesk.report.conference;

import java.util.List;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportWords;

/**
 * One section of the conference report, printed in the order the builder lists them: the facts, the programme, the
 * participants, the budget, the logistics; a new section is one more entry in that list.
 */
@FunctionalInterface
public interface ConferenceSection {

    /** The section's blocks for the edition, its heading first; never empty. */
    List<Block> blocks(Conference conference, ReportWords words);
}
