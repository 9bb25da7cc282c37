package org.octopusdesk.report.conference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.octopusdesk.domain.conference.ProgrammeClashes;
import org.octopusdesk.domain.conference.Session;
import org.octopusdesk.domain.conference.SessionPerson;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.service.conferences.ProgrammeService.Programme;
import org.octopusdesk.service.countries.CountryService;

/**
 * The programme as report blocks: one table a day (time, room, session, its moderators and speakers with
 * organisation and country), then the clashes still to be resolved. The programme report and the conference report
 * print the same tables.
 */
final class ProgrammeBlocks {

    private final CountryService countries;

    ProgrammeBlocks(CountryService countries) {
        this.countries = countries;
    }

    List<Block> of(Programme programme, ReportWords words) {
        List<Block> blocks = new ArrayList<>();
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
        return blocks;
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
