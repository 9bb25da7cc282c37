package org.octopusdesk.service.meetings;

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
import org.octopusdesk.domain.meeting.BureauMemberDraft;
import org.octopusdesk.domain.meeting.BureauRole;

/**
 * The chairs the public record names (the reference file's notes, "chair Erik Planken (NL)"). A note attests the
 * chair on the meeting's days only: the term is recorded as those days and the note says so, never stretched to a
 * guessed election or end.
 */
public final class BureauSamples {

    private static final Pattern CHAIR = Pattern.compile("\\bchair ([^;()]+?) \\(([A-Z]{2})\\)");

    private final BureauService bureau;

    public BureauSamples(BureauService bureau) {
        this.bureau = bureau;
    }

    /** Records the chairs of the file; returns how many. The caller holds the transaction. */
    public int load() {
        int count = 0;
        for (CSVRecord row : rows()) {
            Matcher chair = CHAIR.matcher(row.get("notes"));
            if (!chair.find() || row.get("start_date").isEmpty() || row.get("end_date").isEmpty()) {
                continue;
            }
            String meeting = row.get("event_type") + " " + row.get("number");
            bureau.add(new BureauMemberDraft(BureauRole.CHAIR, chair.group(1).strip(), chair.group(2),
                    LocalDate.parse(row.get("start_date")), LocalDate.parse(row.get("end_date")),
                    "Named as chair of the " + meeting + " (" + row.get("dates_as_written") + "). Only these days"
                            + " are attested: the term's start and end are not in the sources.\nSource: "
                            + row.get("source")));
            count++;
        }
        return count;
    }

    private static List<CSVRecord> rows() {
        try (InputStream in = BureauSamples.class.getResourceAsStream(MeetingSamples.FILE)) {
            if (in == null) {
                throw new IllegalStateException("reference file missing from the application: " + MeetingSamples.FILE);
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
