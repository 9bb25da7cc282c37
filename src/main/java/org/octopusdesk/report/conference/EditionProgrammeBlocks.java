package org.octopusdesk.report.conference;

import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.service.conferences.ProgrammeService;
import org.octopusdesk.service.conferences.ProgrammeService.Programme;
import org.octopusdesk.service.countries.CountryService;

/** The conference report's programme: the programme report's day tables, or a line saying there is none yet. */
final class EditionProgrammeBlocks implements ConferenceSection {

    private final ProgrammeService programmes;
    private final ProgrammeBlocks tables;

    EditionProgrammeBlocks(ProgrammeService programmes, CountryService countries) {
        this.programmes = programmes;
        this.tables = new ProgrammeBlocks(countries);
    }

    @Override
    public List<Block> blocks(Conference conference, ReportWords words) {
        Programme programme = programmes.of(conference.id());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(words.text("report.conference.programme"), 1));
        if (programme.sessions().isEmpty()) {
            blocks.add(Block.Paragraph.normal(words.text("report.conference.noProgramme")));
            return blocks;
        }
        blocks.addAll(tables.of(programme, words));
        return blocks;
    }
}
