package org.octopusdesk.service.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.octopusdesk.domain.meeting.DocumentKind;
import org.octopusdesk.domain.meeting.MeetingDocumentDraft;
import org.octopusdesk.domain.meeting.MeetingDraft;
import org.octopusdesk.domain.meeting.MeetingFormat;

/**
 * The T-CY's meetings found in public pages (reference file {@code tcy_plenaries_and_octopus_conferences.csv}):
 * only the rows of a known series with a number and dates become meetings; nothing is completed by guess, and
 * each meeting keeps the row's notes and source as its note.
 */
public final class MeetingSamples {

    static final String FILE = "/org/octopusdesk/reference/tcy_plenaries_and_octopus_conferences.csv";
    /** The file's event types that are meetings of a seeded series, by the series' English name. */
    private static final Map<String, String> SERIES = Map.of(
            "T-CY plenary", "Plenary",
            "T-CY Protocol Drafting Plenary", "Protocol Drafting Plenary");
    private static final Map<String, MeetingFormat> FORMATS = Map.of(
            "in person", MeetingFormat.IN_PERSON,
            "virtual", MeetingFormat.ONLINE,
            "hybrid", MeetingFormat.HYBRID);

    static final String DOCUMENTS_FILE = "/org/octopusdesk/reference/tcy_meeting_documents.csv";

    private final MeetingService meetings;
    private final MeetingDocumentService documents;

    public MeetingSamples(MeetingService meetings, MeetingDocumentService documents) {
        this.meetings = meetings;
        this.documents = documents;
    }

    /**
     * Creates the meetings of the file, then the documents whose symbols its notes give; returns how many meetings.
     * The caller holds the transaction.
     */
    public int load() {
        int count = loadMeetings();
        for (CSVRecord row : rows(DOCUMENTS_FILE)) {
            documents.create(meetings.byShortTitle(row.get("meeting")).id(), new MeetingDocumentDraft(
                    row.get("symbol"), row.get("title_en"), row.get("title_fr"), DocumentKind.valueOf(row.get("kind")),
                    null, null, false));
        }
        return count;
    }

    private int loadMeetings() {
        int count = 0;
        for (CSVRecord row : rows(FILE)) {
            String series = SERIES.get(row.get("event_type"));
            String number = row.get("number");
            if (series == null || !number.matches("\\d+") || row.get("start_date").isEmpty()
                    || row.get("end_date").isEmpty()) {
                continue;
            }
            String place = row.get("place");
            meetings.create(new MeetingDraft(meetings.seriesNamed(series).id(), Integer.valueOf(number),
                    LocalDate.parse(row.get("start_date")), LocalDate.parse(row.get("end_date")),
                    FORMATS.getOrDefault(row.get("format"), MeetingFormat.NOT_RECORDED),
                    place.equals("online") ? "" : place, note(row)));
            count++;
        }
        return count;
    }

    private static String note(CSVRecord row) {
        String notes = row.get("notes");
        String dates = "Dates as written: " + row.get("dates_as_written") + ".";
        return (notes.isEmpty() ? "" : notes + "\n") + dates + "\nSource: " + row.get("source");
    }

    private static List<CSVRecord> rows(String file) {
        try (InputStream in = MeetingSamples.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("reference file missing from the application: " + file);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                        .parse(reader).getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
