package org.octopusdesk.report.conference;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportDocument;
import org.octopusdesk.report.ReportDocument.CoverField;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.service.conferences.BudgetService;
import org.octopusdesk.service.conferences.ConferenceService;
import org.octopusdesk.service.countries.CountryService;

/**
 * Builds the conference report of an edition, in English or French: a list of sections printed in order. The
 * standard list is the edition's facts, its programme, its participants, its budget and its logistics.
 */
public final class ConferenceReportBuilder {

    private final ConferenceService conferences;
    private final List<ConferenceSection> sections;
    private final Clock clock;

    public ConferenceReportBuilder(ConferenceService conferences, List<ConferenceSection> sections, Clock clock) {
        this.conferences = conferences;
        this.sections = List.copyOf(sections);
        this.clock = clock;
    }

    /** The sections every conference report has, in the order they print. */
    public static List<ConferenceSection> standardSections(ConferenceService conferences, CountryService countries,
            BudgetService budgets, Clock clock) {
        return List.of(new EditionFactsBlocks(),
                new EditionProgrammeBlocks(conferences.programme(), countries),
                new ParticipantBlocks(conferences.participants()),
                new BudgetBlocks(budgets),
                new LogisticsBlocks(conferences.logistics(), clock));
    }

    /** The report of the edition of {@code year}; refused when there is no such edition. */
    public ReportDocument build(int year, String language) {
        Conference conference = conferences.ofYear(year);
        ReportWords words = new ReportWords(Messages.forLanguage(language), clock.getZone());
        List<Block> blocks = new ArrayList<>();
        for (ConferenceSection section : sections) {
            blocks.addAll(section.blocks(conference, words));
        }
        String dates = dates(conference, words);
        Instant now = clock.instant();
        LocalDate today = now.atZone(clock.getZone()).toLocalDate();
        return new ReportDocument(words.text("report.conference.title"), conference.title() + ", " + dates,
                words.language(), List.of(
                        new CoverField(words.text("report.programme.conference"), conference.title()),
                        new CoverField(words.text("conference.dates"), dates),
                        new CoverField(words.text("report.cover.language"),
                                words.text("language." + words.language()))),
                blocks, words.labels(now, today), now, today);
    }

    /** "20–22 November 2019", or "Not recorded" while the record does not give them. */
    static String dates(Conference conference, ReportWords words) {
        return conference.hasDates() ? words.period(conference.start(), conference.end())
                : words.text("conference.dates.unknown");
    }
}
