package org.octopusdesk.service.conferences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.conference.Erasure;
import org.octopusdesk.domain.conference.Participant;
import org.octopusdesk.domain.conference.ParticipantId;
import org.octopusdesk.domain.conference.Session;
import org.octopusdesk.domain.conference.SessionPerson;
import org.octopusdesk.service.NotFoundException;
import org.octopusdesk.service.StorageException;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;

/**
 * A participant's rights over their data (Convention 108+): a copy of everything held on them, and the erasure of
 * their personal details on request. Erasure blanks the details but keeps the row's country, sector and funding,
 * so an edition's counts never change; its audit entry says that a row was erased, never whose.
 */
public class ParticipantPrivacy {

    private final ParticipantRepository participants;
    private final ConferenceRepository conferences;
    private final ProgrammeRepository sessions;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;

    ParticipantPrivacy(ParticipantRepository participants, ConferenceRepository conferences,
            ProgrammeRepository sessions, Transactions transactions, Clock clock, Auditor auditor) {
        this.participants = participants;
        this.conferences = conferences;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
    }

    /**
     * What is held on the person registered in the edition of {@code year} under {@code email}: that registration
     * and those of other editions under the same address. Refused when the edition has no such address.
     */
    public PersonalData personalData(int year, String email) {
        return transactions.inTransaction(() -> {
            registered(year, email);
            return collect(email.strip(), participants.withEmail(email));
        });
    }

    /** What is held on the person of that registration, with their other editions when it has an e-mail. */
    public PersonalData personalData(ParticipantId id) {
        return transactions.inTransaction(() -> {
            Participant participant = require(id);
            return collect(participant.email(), participant.email().isEmpty() ? List.of(participant)
                    : participants.withEmail(participant.email()));
        });
    }

    /** Writes {@code data} as one JSON file, whole or not at all. */
    public static void write(PersonalData data, String purpose, Path file) {
        Path target = file.toAbsolutePath().normalize();
        try {
            Path temporary = Files.createTempFile(target.getParent(), ".octopus-export-", ".part");
            try {
                Files.writeString(temporary, PersonalDataJson.of(data, purpose), StandardCharsets.UTF_8);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | RuntimeException e) {
            throw new StorageException("error.participant.exportFailed", e, target.toString());
        }
    }

    /** The registrations that erasing {@code email} in the edition of {@code year} would blank. */
    public List<Participant> toErase(int year, String email) {
        return transactions.inTransaction(() -> registered(year, email));
    }

    /** Erases every registration under {@code email} in the edition of {@code year}; answers them as they were. */
    public List<Participant> erase(int year, String email) {
        return transactions.inTransaction(() -> {
            List<Participant> found = registered(year, email);
            found.forEach(participant -> eraseOne(participant, Erasure.REQUEST));
            return found;
        });
    }

    /** Erases the personal details of one registration, at the person's request. */
    public Participant erase(ParticipantId id) {
        return transactions.inTransaction(() -> {
            Participant participant = require(id);
            if (participant.erased()) {
                throw new DomainException("error.participant.erased");
            }
            eraseOne(participant, Erasure.REQUEST);
            return require(id);
        });
    }

    /** The years of the other editions where {@code email} is still registered, so a person can be told. */
    public List<Integer> otherEditions(int year, String email) {
        return transactions.inTransaction(() -> participants.withEmail(email).stream()
                .map(participant -> edition(participant.conference()).year()).filter(other -> other != year)
                .distinct().sorted().toList());
    }

    private void eraseOne(Participant participant, Erasure why) {
        Conference edition = edition(participant.conference());
        participants.erase(participant.id(), why, today(), clock.instant());
        Participant erased = require(participant.id());
        Map<String, String> after = ParticipantService.values(erased);
        after.put("participant.erasure", why.messageKey());
        auditor.record(ParticipantService.AUDIT_TYPE, ParticipantService.key(edition, participant.id()),
                AuditEntry.Action.UPDATE, ParticipantService.values(participant), after);
    }

    private List<Participant> registered(int year, String email) {
        Conference edition = conferences.findByYear(year)
                .orElseThrow(() -> new DomainException("error.conference.noSuchYear", Integer.toString(year)));
        List<Participant> found = participants.withEmail(email).stream()
                .filter(participant -> participant.conference().equals(edition.id())).toList();
        if (found.isEmpty()) {
            throw new DomainException("error.participant.noSuchEmail", email.strip(), Integer.toString(year));
        }
        return found;
    }

    private PersonalData collect(String email, List<Participant> found) {
        List<PersonalData.Registration> registrations = new ArrayList<>();
        for (Participant participant : found) {
            Conference edition = edition(participant.conference());
            registrations.add(new PersonalData.Registration(edition, participant, mentions(participant),
                    auditor.history(ParticipantService.AUDIT_TYPE, ParticipantService.key(edition, participant.id()))));
        }
        registrations.sort(java.util.Comparator.comparingInt(one -> one.edition().year()));
        return new PersonalData(email, today(), registrations);
    }

    /** The sessions of the participant's edition naming someone of their name, accents and case aside. */
    private List<PersonalData.Mention> mentions(Participant participant) {
        if (participant.erased()) {
            return List.of();
        }
        String identity = new SessionPerson(SessionPerson.Role.SPEAKER, participant.name(), "", "").identity();
        List<PersonalData.Mention> mentions = new ArrayList<>();
        for (Session session : sessions.sessionsOf(participant.conference())) {
            session.people().stream().filter(person -> person.identity().equals(identity))
                    .forEach(person -> mentions.add(new PersonalData.Mention(session, person)));
        }
        return mentions;
    }

    private Participant require(ParticipantId id) {
        return participants.find(id).orElseThrow(() -> new NotFoundException(String.valueOf(id)));
    }

    private Conference edition(ConferenceId id) {
        return conferences.findById(id).orElseThrow(() -> new NotFoundException(String.valueOf(id)));
    }

    private LocalDate today() {
        return clock.instant().atZone(clock.getZone()).toLocalDate();
    }
}
