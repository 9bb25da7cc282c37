package org.octopusdesk.service.conferences;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceStatus;
import org.octopusdesk.domain.meeting.MeetingFormat;

/**
 * The Octopus Conferences found in public pages (reference file {@code tcy_plenaries_and_octopus_conferences.csv}):
 * every edition the file names becomes one, with the dates and place it states and nothing more. An edition known
 * only by its year (2004, 2013) keeps empty dates and place; the format is recorded only where the file states
 * it; no edition is tied to a project, since the file does not say which paid for it. Each keeps the row's notes,
 * the dates as written and the source as its note.
 */
public final class ConferenceSamples {

    private static final String FILE = "/org/octopusdesk/reference/tcy_plenaries_and_octopus_conferences.csv";
    private static final String EVENT_TYPE = "Octopus Conference";
    /** "2008 (Octopus Interface 2008)": the year, then the edition's own name where the file gives one. */
    private static final Pattern NUMBER = Pattern.compile("(\\d{4})\\s*(?:\\((.*)\\))?");
    private static final Pattern BRACKETED = Pattern.compile("^(.*?)\\s*(\\(.*\\))$");

    private final ConferenceService conferences;

    public ConferenceSamples(ConferenceService conferences) {
        this.conferences = conferences;
    }

    /** Creates the editions of the file; returns how many. The caller holds the transaction. */
    public int load() {
        int count = 0;
        for (CSVRecord row : rows()) {
            if (!row.get("event_type").equals(EVENT_TYPE)) {
                continue;
            }
            conferences.create(draft(row));
            count++;
        }
        return count;
    }

    static ConferenceDraft draft(CSVRecord row) {
        Matcher number = NUMBER.matcher(row.get("number"));
        if (!number.matches()) {
            throw new IllegalStateException("no year in the reference row " + row.getRecordNumber());
        }
        int year = Integer.parseInt(number.group(1));
        String named = number.group(2);
        String title = named != null && named.contains("Octopus") ? named : "Octopus Conference " + year;
        String[] place = place(row.get("place"));
        return new ConferenceDraft(year, title, date(row.get("start_date")), date(row.get("end_date")),
                row.get("format").equals("in person") ? MeetingFormat.IN_PERSON : MeetingFormat.NOT_RECORDED,
                place[0], place[1], null, ConferenceStatus.HELD, note(row));
    }

    /**
     * Venue and city as the file writes them: "Council of Europe, Strasbourg, France" is the venue then its city
     * and country; "Bucharest, Romania" is a city alone; a bracketed detail stays with the venue.
     */
    static String[] place(String written) {
        Matcher bracketed = BRACKETED.matcher(written);
        String main = bracketed.matches() ? bracketed.group(1) : written;
        String detail = bracketed.matches() ? " " + bracketed.group(2) : "";
        String[] parts = main.split(",\\s*");
        if (main.isBlank()) {
            return new String[] {"", ""};
        }
        if (parts.length <= 2) {
            return new String[] {detail.strip(), main};
        }
        return new String[] {parts[0] + detail, String.join(", ", List.of(parts).subList(1, parts.length))};
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    private static String note(CSVRecord row) {
        String notes = row.get("notes");
        String dates = row.get("dates_as_written").isEmpty() ? "" : "Dates as written: " + row.get("dates_as_written")
                + ".\n";
        return (notes.isEmpty() ? "" : notes + "\n") + dates + "Source: " + row.get("source");
    }

    private static List<CSVRecord> rows() {
        try (InputStream in = ConferenceSamples.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("reference file missing from the application: " + FILE);
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
