package org.octopusdesk.ui.meetings;

import org.octopusdesk.domain.meeting.Meeting;

/** The meeting page's records beside its agenda: its documents and its attendance, following the meeting shown. */
public record MeetingRecords(DocumentsViewModel documents, AttendanceViewModel attendance) {

    /** Shows {@code meeting}'s records, or none. */
    public void show(Meeting meeting) {
        documents.meetingProperty().set(meeting);
        attendance.meetingProperty().set(meeting);
    }
}
