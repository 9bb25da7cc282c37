package org.octopusdesk.report.conference;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ProgrammeClashes;
import org.octopusdesk.domain.conference.Session;
import org.octopusdesk.domain.conference.SessionPerson;
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
    private final CountryService countries;
    private final Clock clock;

    public ProgrammeReportBuilder(ConferenceService conferences, CountryService countries, Clock clock) {
        this.conferences = conferences;
        this.countries = countries;
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
        for (LocalDate day : programme.days()) {
            List<Session> sessions = programme.on(day);
            if (sessions.isEmpty()) {
                continue;
            }
            List<Block.Row> rows = sessions.stream().map(session -> Block.Row.of(
                    session.start() + "–" + session.end(), session.room(),
                    session.title() + "\n" + words.text(session.kind().messageKey()),
                    people(words, session))).toList();
            blocks.add(new Block.Table(words.date(day), List.of(
                    Block.Column.text(words.text("report.programme.time"), 1.1f),
                    Block.Column.text(words.text("session.room"), 1.3f),
                    Block.Column.text(words.text("report.programme.session"), 3f),
                    Block.Column.text(words.text("session.people"), 3.4f)), rows));
        }
        clashes(words, programme, blocks);
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

    /** "Moderator: Name (Organisation, Country)" a line, moderators first. */
    private String people(ReportWords words, Session session) {
        return session.people().stream().map(person -> words.text("report.programme.person",
                words.text(person.role().messageKey()), person.name() + details(words, person)))
                .collect(Collectors.joining("\n"));
    }

    private String details(ReportWords words, SessionPerson person) {
        String country = person.country().isEmpty() ? "" : countries.find(person.country())
                .map(one -> one.name(words.messages().locale())).orElse(person.country());
        String both = person.organisation().isEmpty() || country.isEmpty() ? person.organisation() + country
                : person.organisation() + ", " + country;
        return both.isEmpty() ? "" : " (" + both + ")";
    }

    private static void clashes(ReportWords words, Programme programme, List<Block> blocks) {
        ProgrammeClashes clashes = programme.clashes();
        if (clashes.isEmpty()) {
            return;
        }
        blocks.add(new Block.Heading(words.text("report.programme.clashes"), 2));
        for (Session session : programme.sessions()) {
            for (ProgrammeClashes.Clash clash : clashes.of(session.id())) {
                blocks.add(Block.Paragraph.note(words.date(session.day()) + ", " + session.title() + ": "
                        + (clash.isRoom() ? words.text("session.clash.room", session.room(), clash.other().title(),
                                clash.other().start() + "–" + clash.other().end())
                                : words.text("session.clash.person", clash.person(), clash.other().title(),
                                        clash.other().start() + "–" + clash.other().end()))));
            }
        }
    }
}
