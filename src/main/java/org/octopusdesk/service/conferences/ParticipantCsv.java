package org.octopusdesk.service.conferences;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.conference.Participant;
import org.octopusdesk.domain.conference.ParticipantDraft;
import org.octopusdesk.domain.conference.Sector;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.service.contributions.ImportProblem;
import org.octopusdesk.service.countries.CountryService;
import org.octopusdesk.service.csv.CsvSheet;

/**
 * Reads a participants file: the columns {@code name, organisation, country, sector, email} in any order, and
 * optionally {@code role, funded, consent, consent_date}. Every line is checked and every problem kept, so a
 * refused file is refused once with all its faults.
 */
final class ParticipantCsv {

    static final String NAME = "name";
    static final String ORGANISATION = "organisation";
    static final String COUNTRY = "country";
    static final String SECTOR = "sector";
    static final String EMAIL = "email";
    static final String ROLE = "role";
    static final String FUNDED = "funded";
    static final String CONSENT = "consent";
    static final String CONSENT_DATE = "consent_date";
    static final List<String> REQUIRED = List.of(NAME, ORGANISATION, COUNTRY, SECTOR, EMAIL);
    /** Every column the import reads; any other is refused, since its values would be lost. */
    static final List<String> COLUMNS = List.of(NAME, ORGANISATION, COUNTRY, SECTOR, EMAIL, ROLE, FUNDED, CONSENT,
            CONSENT_DATE);

    private static final Map<String, String> FIELD_COLUMNS = Map.of(ParticipantDraft.NAME, NAME,
            ParticipantDraft.ORGANISATION, ORGANISATION, ParticipantDraft.COUNTRY, COUNTRY, ParticipantDraft.SECTOR,
            SECTOR, ParticipantDraft.EMAIL, EMAIL, ParticipantDraft.ROLE, ROLE, ParticipantDraft.CONSENT_DATE,
            CONSENT_DATE);

    private final CountryService countries;
    private final LocalDate today;
    /** The edition's registrations, whole, and by the person they name. */
    private final Set<Registration> registered = new HashSet<>();
    private final Set<String> registeredPeople = new HashSet<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private int alreadyRegistered;

    /**
     * @param edition the edition's registrations now: a line the same as one of them is left out, so that a file
     *     imported twice, or a later export that still lists the first ones, registers nobody twice
     */
    ParticipantCsv(CountryService countries, List<Participant> edition, LocalDate today) {
        this.countries = countries;
        this.today = today;
        edition.stream().filter(participant -> !participant.erased()).map(Participant::toDraft).forEach(draft -> {
            registered.add(Registration.of(draft));
            registeredPeople.add(Registration.of(draft).person());
        });
    }

    /** The lines left out because the edition, or an earlier line, had the same registration already. */
    int alreadyRegistered() {
        return alreadyRegistered;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    /** The drafts of the file's lines, their countries as codes; meaningful only when there is no problem. */
    List<ParticipantDraft> read(CsvSheet sheet) {
        problems.addAll(ImportProblem.unreadColumnsRefused(sheet, COLUMNS));
        problems.addAll(ImportProblem.controlCharacters(sheet, COLUMNS));
        List<ParticipantDraft> drafts = new ArrayList<>();
        for (CSVRecord row : sheet.rows()) {
            int line = sheet.line(row);
            int before = problems.size();
            Optional<Boolean> funded = yesNo(sheet.get(row, FUNDED), line, FUNDED);
            Optional<Boolean> consent = yesNo(sheet.get(row, CONSENT), line, CONSENT);
            String dateText = sheet.get(row, CONSENT_DATE);
            Optional<LocalDate> consentDate = CsvSheet.date(dateText);
            if (!dateText.isEmpty() && consentDate.isEmpty()) {
                problems.add(new ImportProblem(line, CONSENT_DATE, "error.import.badDate",
                        List.of(dateText)));
            }
            String sectorText = sheet.get(row, SECTOR);
            Optional<Sector> sector = Sector.parse(sectorText);
            if (!sectorText.isEmpty() && sector.isEmpty()) {
                problems.add(new ImportProblem(line, SECTOR, "error.participantImport.sector", List.of(sectorText)));
            }
            ParticipantDraft draft = new ParticipantDraft(sheet.get(row, NAME), sheet.get(row, ORGANISATION),
                    sheet.get(row, COUNTRY), sector.orElse(null), sheet.get(row, ROLE), funded.orElse(false),
                    sheet.get(row, EMAIL), consent.orElse(false), consentDate.orElse(null));
            // A sector or consent date given but unreadable is said once, above, not again as missing.
            boolean dateUnread = !dateText.isEmpty() && consentDate.isEmpty();
            for (FieldError error : draft.validate(today)) {
                boolean saidAbove = error.field().equals(ParticipantDraft.SECTOR) && !sectorText.isEmpty()
                        || error.field().equals(ParticipantDraft.CONSENT_DATE) && dateUnread;
                if (!saidAbove) {
                    problems.add(new ImportProblem(line, FIELD_COLUMNS.getOrDefault(error.field(), ""),
                            error.messageKey(), error.arguments()));
                }
            }
            Optional<Country> country = draft.country().isEmpty() ? Optional.empty()
                    : countries.byName(draft.country());
            if (!draft.country().isEmpty() && country.isEmpty()) {
                problems.add(new ImportProblem(line, COUNTRY, "validation.participant.unknownCountry",
                        List.of(draft.country())));
            }
            if (problems.size() == before) {
                take(draft.withCountry(country.orElseThrow().code()), line).ifPresent(drafts::add);
            }
        }
        return drafts;
    }

    /**
     * The line's registration, unless the same one was made already (left out and counted) or the edition has the
     * person, by name and e-mail address, with other details: that is a correction, made in the window, not a
     * second registration. A person written otherwise ("PÉREZ José") is taken, and offered for merging later.
     */
    private Optional<ParticipantDraft> take(ParticipantDraft draft, int line) {
        Registration registration = Registration.of(draft);
        if (!registered.add(registration)) {
            alreadyRegistered++;
            return Optional.empty();
        }
        if (registeredPeople.contains(registration.person())) {
            problems.add(new ImportProblem(line, NAME, "error.participantImport.registered", List.of(draft.name())));
            return Optional.empty();
        }
        return Optional.of(draft);
    }

    /**
     * A registration as compared for repeats: the name and the e-mail address are the same whatever their case
     * ("ANNA SMITH", "Anna@Example.ORG"), and spaces were made single by the draft.
     */
    private record Registration(String person, ParticipantDraft details) {

        static Registration of(ParticipantDraft draft) {
            String name = draft.name().toLowerCase(Locale.ROOT);
            String email = draft.email().toLowerCase(Locale.ROOT);
            return new Registration(name + "\n" + email, new ParticipantDraft(name, draft.organisation(),
                    draft.country(), draft.sector(), draft.role(), draft.funded(), email, draft.listConsent(),
                    draft.consentDate()));
        }
    }

    private Optional<Boolean> yesNo(String text, int line, String column) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "":
                return Optional.empty();
            case "yes", "y", "true", "1", "oui", "o":
                return Optional.of(true);
            case "no", "n", "false", "0", "non":
                return Optional.of(false);
            default:
                problems.add(new ImportProblem(line, column, "error.participantImport.yesNo", List.of(text)));
                return Optional.empty();
        }
    }
}
