package org.octopusdesk.report.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.octopusdesk.domain.meeting.AgendaItem;
import org.octopusdesk.domain.meeting.Decision;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportDocument;
import org.octopusdesk.report.ReportDocument.CoverField;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.service.meetings.AttendanceService;
import org.octopusdesk.service.meetings.FollowUpService;
import org.octopusdesk.service.meetings.MeetingDocumentService;
import org.octopusdesk.service.meetings.MeetingService;

/**
 * Builds the meeting report: the meeting's title and number, dates, format and venue, its attendance with the
 * headcount sentence, its agenda with the decisions taken under each item ("The T-CY decided: To …"), its
 * documents and its follow-up actions, in English or French.
 */
public final class MeetingReportBuilder {

    private final MeetingService meetings;
    private final MeetingDocumentService documents;
    private final AttendanceService attendance;
    private final FollowUpBlocks followUps;
    private final Clock clock;

    public MeetingReportBuilder(MeetingService meetings, MeetingDocumentService documents,
            AttendanceService attendance, FollowUpService followUps, Clock clock) {
        this.meetings = meetings;
        this.documents = documents;
        this.attendance = attendance;
        this.followUps = new FollowUpBlocks(followUps);
        this.clock = clock;
    }

    /** @param language "en" or "fr" */
    public ReportDocument build(Meeting meeting, String language) {
        ReportWords words = new ReportWords(Messages.forLanguage(language), clock.getZone());
        Locale locale = words.messages().locale();
        List<AgendaItem> agenda = meetings.agenda().agenda(meeting.id());
        String title = meeting.title(locale);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(title + " (" + meeting.shortTitle() + ")", 1));
        blocks.add(new Block.Fields(List.of(
                field(words, "meeting.series", meeting.series().name(locale)),
                field(words, "meeting.number", Integer.toString(meeting.number())),
                field(words, "meeting.dates", dates(words, meeting)),
                field(words, "meeting.format", words.text(meeting.format().messageKey())),
                field(words, "meeting.venue", meeting.venue().isEmpty() ? ReportWords.NONE : meeting.venue()))));
        if (!meeting.note().isEmpty()) {
            blocks.add(Block.Paragraph.note(words.text("report.meeting.note", meeting.note())));
        }
        blocks.addAll(AttendanceBlocks.of(attendance.attendance(meeting.id()), words));
        blocks.add(new Block.Heading(words.text("report.meeting.agenda"), 1));
        if (agenda.isEmpty()) {
            blocks.add(Block.Paragraph.normal(words.text("report.meeting.noAgenda")));
        }
        for (AgendaItem item : agenda) {
            blocks.add(new Block.Heading(words.text("agenda.itemShort", item.number(), item.title()), 2));
            if (!item.documents().isEmpty()) {
                blocks.add(Block.Paragraph.note(words.text("agenda.documents.line", item.documents())));
            }
            if (item.decisions().isEmpty()) {
                blocks.add(Block.Paragraph.note(words.text("report.meeting.noDecision")));
            }
            for (Decision decision : item.decisions()) {
                blocks.add(Block.Paragraph.normal(words.text("decision.line", decision.text())));
            }
        }
        blocks.addAll(DocumentBlocks.of(documents.documents(meeting.id()), words));
        blocks.addAll(followUps.of(meeting, words));
        blocks.add(new Block.Heading(words.text("report.meeting.about"), 2));
        blocks.add(Block.Paragraph.note(words.text("report.meeting.aboutText")));
        Instant now = clock.instant();
        LocalDate today = now.atZone(clock.getZone()).toLocalDate();
        return new ReportDocument(words.text("report.meeting.title"), title + ", " + dates(words, meeting),
                words.language(), List.of(
                        new CoverField(words.text("report.cover.meeting"), title + " (" + meeting.shortTitle() + ")"),
                        new CoverField(words.text("meeting.dates"), dates(words, meeting)),
                        new CoverField(words.text("report.cover.language"),
                                words.text("language." + words.language()))),
                blocks, words.labels(now, today), now, today);
    }

    private static String dates(ReportWords words, Meeting meeting) {
        return meeting.end().equals(meeting.start()) ? words.date(meeting.start())
                : words.period(meeting.start(), meeting.end());
    }

    private static CoverField field(ReportWords words, String key, String value) {
        return new CoverField(words.text(key), value);
    }
}
