package org.octopusdesk.report.conference;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportDocument;
import org.octopusdesk.report.ReportDocument.CoverField;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.service.conferences.ConferenceService;
import org.octopusdesk.service.conferences.ProgrammeService.Programme;
import org.octopusdesk.service.countries.CountryService;

/**
 * Builds the programme of an edition as a report: its facts, then one table a day (time, room, session, its
 * moderators and speakers with organisation and country), and the clashes still to be resolved, in English or
 * French.
 */
public final class ProgrammeReportBuilder {

    private final ConferenceService conferences;
    private final ProgrammeBlocks programmeBlocks;
    private final Clock clock;

    public ProgrammeReportBuilder(ConferenceService conferences, CountryService countries, Clock clock) {
        this.conferences = conferences;
        this.programmeBlocks = new ProgrammeBlocks(countries);
        this.clock = clock;
    }

    /** The programme of the edition of {@code year}; refused while it has no session. */
    public ReportDocument build(int year, String language) {
        Conference conference = conferences.ofYear(year);
        Programme programme = conferences.programme().of(conference.id());
        if (programme.sessions().isEmpty()) {
            throw new DomainException("error.programme.empty", conference.title());
        }
        ReportWords words = new ReportWords(Messages.forLanguage(language), clock.getZone());
        String dates = words.period(conference.start(), conference.end());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(conference.title(), 1));
        blocks.add(new Block.Fields(List.of(
                new CoverField(words.text("conference.dates"), dates),
                new CoverField(words.text("conference.format"), words.text(conference.format().messageKey())),
                new CoverField(words.text("conference.venue"),
                        conference.place().isEmpty() ? ReportWords.NONE : conference.place()))));
        blocks.addAll(programmeBlocks.of(programme, words));
        Instant now = clock.instant();
        LocalDate today = now.atZone(clock.getZone()).toLocalDate();
        return new ReportDocument(words.text("report.programme.title"), conference.title() + ", " + dates,
                words.language(), List.of(
                        new CoverField(words.text("report.programme.conference"), conference.title()),
                        new CoverField(words.text("conference.dates"), dates),
                        new CoverField(words.text("report.cover.language"),
                                words.text("language." + words.language()))),
                blocks, words.labels(now, today), now, today);
    }
}
