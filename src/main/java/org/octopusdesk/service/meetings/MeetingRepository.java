package org.octopusdesk.service.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingDraft;
import org.octopusdesk.domain.meeting.MeetingId;
import org.octopusdesk.domain.meeting.MeetingSeries;
import org.octopusdesk.domain.meeting.MeetingSeriesDraft;
import org.octopusdesk.domain.meeting.MeetingSeriesId;

/** Where meeting series and meetings are kept. Callers hold the transaction. */
public interface MeetingRepository {

    List<MeetingSeries> findAllSeries();

    Optional<MeetingSeries> findSeries(MeetingSeriesId id);

    /** The series whose English name, French name or short name is {@code name}, whatever the case. */
    Optional<MeetingSeries> findSeriesByAnyName(String name);

    MeetingSeries insertSeries(MeetingSeriesDraft draft, Instant now);

    List<Meeting> findAll();

    Optional<Meeting> findById(MeetingId id);

    Optional<Meeting> findByNumber(MeetingSeriesId series, int number);

    /** The highest number given in the series, zero when it has none yet. */
    int highestNumber(MeetingSeriesId series);

    Meeting insert(MeetingDraft draft, Instant now);

    /** Saves the draft if the meeting is still at {@code expectedVersion}; empty when someone saved it first. */
    Optional<Meeting> update(MeetingId id, int expectedVersion, MeetingDraft draft, Instant now);

    /** Deletes the meeting if it is still at {@code expectedVersion}; false when it changed meanwhile. */
    boolean delete(MeetingId id, int expectedVersion);

    /** The meetings starting on {@code date} or later, the soonest first, at most {@code limit}. */
    List<Meeting> startingFrom(LocalDate date, int limit);
}
