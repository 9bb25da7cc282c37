package org.octopusdesk.service.conferences;

import java.time.LocalDate;
import java.util.List;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.Participant;
import org.octopusdesk.domain.conference.Session;
import org.octopusdesk.domain.conference.SessionPerson;

/**
 * Everything the application holds on one person (right of access, Convention 108+ art. 9): each registration
 * under their e-mail address, in any edition, with the audit facts kept about it and the sessions of that edition
 * where a moderator or speaker bears their name.
 *
 * @param email the address asked about, empty when the registration asked about has none
 * @param madeOn the day of the export
 */
public record PersonalData(String email, LocalDate madeOn, List<Registration> registrations) {

    public PersonalData {
        registrations = List.copyOf(registrations);
    }

    /** One registration, in one edition. */
    public record Registration(Conference edition, Participant participant, List<Mention> programme,
            List<AuditEntry> auditTrail) {

        public Registration {
            programme = List.copyOf(programme);
            auditTrail = List.copyOf(auditTrail);
        }
    }

    /** A session of the edition's programme that names someone of the participant's name. */
    public record Mention(Session session, SessionPerson person) {
    }
}
