package org.octopusdesk.service.conferences;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.conference.LikelyDuplicates;
import org.octopusdesk.domain.conference.Participant;
import org.octopusdesk.domain.conference.ParticipantCounts;
import org.octopusdesk.domain.conference.ParticipantDraft;
import org.octopusdesk.domain.conference.ParticipantId;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.service.NotFoundException;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;
import org.octopusdesk.service.contributions.ImportProblem;
import org.octopusdesk.service.countries.CountryService;
import org.octopusdesk.service.csv.CsvRefusedException;
import org.octopusdesk.service.csv.CsvSheet;

/**
 * The participants of an edition: registration, the import of a file, likely duplicates and their merging, and
 * the counts by country, sector and funding. The audit trail records what changed without the personal details
 * (name, organisation, role, e-mail), so that erasing a person's data on request leaves no copy behind.
 */
public class ParticipantService {

    /** The record type of participants in the audit trail, keyed "2025 #id" by the edition's year. */
    public static final String AUDIT_TYPE = "PARTICIPANT";
    public static final String FILE_AUDIT_TYPE = "PARTICIPANT_FILE";

    private final ParticipantRepository participants;
    private final ConferenceRepository conferences;
    private final CountryService countries;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;

    ParticipantService(ParticipantRepository participants, ConferenceRepository conferences,
            CountryService countries, Transactions transactions, Clock clock, Auditor auditor) {
        this.participants = participants;
        this.conferences = conferences;
        this.countries = countries;
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
    }

    /** The edition's participants by name. */
    public List<Participant> list(ConferenceId conference) {
        return transactions.inTransaction(() -> participants.participantsOf(conference).stream()
                .sorted(Comparator.comparing(Participant::name, String.CASE_INSENSITIVE_ORDER)).toList());
    }

    public ParticipantCounts counts(ConferenceId conference) {
        return transactions.inTransaction(() -> ParticipantCounts.of(participants.participantsOf(conference)));
    }

    /** Pairs of registrations that are probably one person: the same name or the same e-mail. */
    public List<LikelyDuplicates.Pair> duplicates(ConferenceId conference) {
        return transactions.inTransaction(() -> LikelyDuplicates.among(participants.participantsOf(conference)));
    }

    /** All the countries of the list, for a form's choice. */
    public List<Country> countries() {
        return countries.all();
    }

    public Optional<Country> country(String code) {
        return countries.find(code);
    }

    public Participant register(ConferenceId conference, ParticipantDraft draft) {
        return transactions.inTransaction(() -> {
            Conference edition = requireConference(conference);
            Participant created = participants.insert(conference, checked(draft), clock.instant());
            auditor.record(AUDIT_TYPE, key(edition, created.id()), AuditEntry.Action.CREATE, null, values(created));
            return created;
        });
    }

    public Participant update(ParticipantId id, int version, ParticipantDraft draft) {
        return transactions.inTransaction(() -> {
            Participant current = require(id);
            if (current.erased()) {
                // An erased row only counts: giving it details again would undo the person's request.
                throw new org.octopusdesk.domain.DomainException("error.participant.erased");
            }
            Participant saved = participants.update(id, version, checked(draft), clock.instant())
                    .orElseThrow(() -> auditor.conflict(current.name(),
                            key(requireConference(current.conference()), id), AUDIT_TYPE));
            auditor.record(AUDIT_TYPE, key(requireConference(current.conference()), id), AuditEntry.Action.UPDATE,
                    values(current), values(saved));
            return saved;
        });
    }

    public void delete(ParticipantId id, int version) {
        transactions.inTransaction(() -> {
            Participant current = require(id);
            if (!participants.delete(id, version)) {
                throw auditor.conflict(current.name(), key(requireConference(current.conference()), id),
                        AUDIT_TYPE);
            }
            auditor.record(AUDIT_TYPE, key(requireConference(current.conference()), id), AuditEntry.Action.DELETE,
                    values(current), null);
        });
    }

    /**
     * Merges two registrations of one person into {@code keep}: what {@code keep} leaves empty is taken from
     * {@code drop} (organisation, role, e-mail, a recorded consent), funded if either was; then {@code drop} is
     * deleted. Both must still be as the person saw them.
     */
    public Participant merge(Participant keep, Participant drop) {
        return transactions.inTransaction(() -> {
            ParticipantDraft merged = new ParticipantDraft(keep.name(),
                    keep.organisation().isEmpty() ? drop.organisation() : keep.organisation(), keep.country(),
                    keep.sector(), keep.role().isEmpty() ? drop.role() : keep.role(), keep.funded() || drop.funded(),
                    keep.email().isEmpty() ? drop.email() : keep.email(), keep.listConsent() || drop.listConsent(),
                    keep.listConsent() ? keep.consentDate() : drop.consentDate());
            Participant saved = update(keep.id(), keep.version(), merged);
            delete(drop.id(), drop.version());
            return saved;
        });
    }

    /**
     * Imports a participants file into the edition of {@code year}: all its lines, or none; a line the same as a
     * registration made already is left out and counted.
     */
    public ParticipantImportReport importFile(int year, Path file) {
        return importSheet(year, () -> CsvSheet.read(file), String.valueOf(file.getFileName()));
    }

    public ParticipantImportReport importText(int year, String text, String name) {
        return importSheet(year, () -> CsvSheet.parse(text), name);
    }

    private ParticipantImportReport importSheet(int year, Supplier<CsvSheet> reader, String name) {
        CsvSheet sheet;
        try {
            sheet = reader.get().requireColumns(ParticipantCsv.REQUIRED, ParticipantCsv.COLUMNS).requireRows();
        } catch (CsvRefusedException refused) {
            throw new ParticipantImportException(List.of(new ImportProblem(refused.line(), refused.column(),
                    refused.messageKey(), refused.arguments())));
        }
        return transactions.inTransaction(() -> {
            Conference edition = conferences.findByYear(year).orElseThrow(() ->
                    new org.octopusdesk.domain.DomainException("error.conference.noSuchYear", Integer.toString(year)));
            ParticipantCsv csv = new ParticipantCsv(countries, participants.participantsOf(edition.id()), today());
            List<ParticipantDraft> drafts = csv.read(sheet);
            if (!csv.problems().isEmpty()) {
                throw new ParticipantImportException(csv.problems());
            }
            participants.insertAll(edition.id(), drafts, clock.instant());
            Map<String, String> values = new LinkedHashMap<>();
            values.put("participantImport.file", name);
            values.put("participantImport.lines", String.valueOf(drafts.size()));
            values.put("participantImport.alreadyRegistered", String.valueOf(csv.alreadyRegistered()));
            auditor.record(FILE_AUDIT_TYPE, Integer.toString(edition.year()), AuditEntry.Action.IMPORT, null,
                    values);
            return new ParticipantImportReport(drafts.size(), csv.alreadyRegistered());
        });
    }

    /** Today by the application's clock: a consent cannot be dated after it. */
    public LocalDate today() {
        return clock.instant().atZone(clock.getZone()).toLocalDate();
    }

    /** The draft checked, with its country (a code or a name) turned into the list's code. */
    private ParticipantDraft checked(ParticipantDraft draft) {
        List<FieldError> errors = new ArrayList<>(draft.validate(today()));
        Optional<Country> country = draft.country().isEmpty() ? Optional.empty() : countries.byName(draft.country());
        if (!draft.country().isEmpty() && country.isEmpty()) {
            errors.add(FieldError.of(ParticipantDraft.COUNTRY, "validation.participant.unknownCountry",
                    draft.country()));
        }
        ValidationException.throwIfAny(errors);
        return draft.withCountry(country.orElseThrow().code());
    }

    private Participant require(ParticipantId id) {
        return participants.find(id).orElseThrow(() -> new NotFoundException(String.valueOf(id)));
    }

    private Conference requireConference(ConferenceId id) {
        return conferences.findById(id).orElseThrow(() -> new NotFoundException(String.valueOf(id)));
    }

    static String key(Conference edition, ParticipantId id) {
        return edition.year() + " #" + id;
    }

    /** What the trail keeps of a participant: the figures the counts read, never the personal details. */
    static Map<String, String> values(Participant participant) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("participant.country", participant.country());
        values.put("participant.sector", participant.sector().messageKey());
        values.put("participant.funded", Boolean.toString(participant.funded()));
        values.put("participant.listConsent", participant.listConsent()
                ? participant.consentDate().toString() : "false");
        return values;
    }
}
