package org.octopusdesk.ui.conferences;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.LikelyDuplicates;
import org.octopusdesk.domain.conference.Participant;
import org.octopusdesk.domain.conference.ParticipantCounts;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.report.conference.Badges;
import org.octopusdesk.service.conferences.ParticipantPrivacy;
import org.octopusdesk.service.conferences.ParticipantService;
import org.octopusdesk.service.conferences.PersonalData;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/** The participants of the selected edition, their counts, and the registrations that look like one person. */
public final class ParticipantsViewModel {

    private final ParticipantService service;
    private final ParticipantPrivacy privacy;
    private final Badges badges;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObjectProperty<Conference> conference = new SimpleObjectProperty<>();
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final ObservableList<LikelyDuplicates.Pair> duplicates = FXCollections.observableArrayList();
    private final ObjectProperty<Participant> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ParticipantCounts> counts =
            new ReadOnlyObjectWrapper<>(ParticipantCounts.of(List.of()));

    public ParticipantsViewModel(ParticipantService service, ParticipantPrivacy privacy, Badges badges,
            BackgroundRunner runner, DialogService dialogs, ErrorReporter errors, Messages messages) {
        this.service = service;
        this.privacy = privacy;
        this.badges = badges;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        conference.addListener((observable, old, edition) -> reload());
    }

    private record Loaded(List<Participant> participants, ParticipantCounts counts,
            List<LikelyDuplicates.Pair> duplicates) {
    }

    public void reload() {
        Conference edition = conference.get();
        if (edition == null) {
            participants.clear();
            duplicates.clear();
            counts.set(ParticipantCounts.of(List.of()));
            return;
        }
        runner.run(() -> new Loaded(service.list(edition.id()), service.counts(edition.id()),
                service.duplicates(edition.id())), loaded -> {
                    if (edition.equals(conference.get())) {
                        Participant kept = selected.get();
                        participants.setAll(loaded.participants());
                        counts.set(loaded.counts());
                        duplicates.setAll(loaded.duplicates());
                        selected.set(kept == null ? null : loaded.participants().stream()
                                .filter(one -> one.id().equals(kept.id())).findFirst().orElse(null));
                    }
                }, errors::report);
    }

    /** "452 participants from 117 countries", in the person's language. */
    public String sentence() {
        ParticipantCounts figures = counts.get();
        return messages.text("participants.sentence", figures.participants(), figures.countries());
    }

    /** The country's name in the person's language, or its code if the list no longer has it. */
    public String countryName(String code) {
        return service.country(code).map(country -> country.name(messages.locale())).orElse(code);
    }

    public ParticipantEditorViewModel editor(Participant participant) {
        return new ParticipantEditorViewModel(service, runner, errors, messages, conference.get(), participant);
    }

    /** Asks, then deletes the selected participant. */
    public void deleteSelected() {
        Participant participant = selected.get();
        if (participant == null || !dialogs.confirm(messages.text("participant.delete.title"),
                messages.text("participant.delete.question", participant.name()), messages.text("action.delete"))) {
            return;
        }
        runner.run(() -> {
            service.delete(participant.id(), participant.version());
            return participant;
        }, deleted -> reload(), failure -> {
            errors.report(failure);
            reload();
        });
    }

    /**
     * Writes everything held on the selected person to {@code file}, with their registrations in other editions
     * under the same address, and says how many registrations went into it.
     */
    public void exportSelectedTo(java.nio.file.Path file) {
        Participant participant = selected.get();
        if (participant == null) {
            return;
        }
        String purpose = messages.text("participant.purpose");
        runner.run(() -> {
            PersonalData data = privacy.personalData(participant.id());
            ParticipantPrivacy.write(data, purpose, file);
            return data.registrations().size();
        }, written -> dialogs.showInformation(messages.text("participant.export.title"),
                messages.text("participant.export.done", written, file.toString())), errors::report);
    }

    /** Writes the edition's badges to {@code file}, country names in the person's language, and says so. */
    public void writeBadgesTo(java.nio.file.Path file) {
        Conference edition = conference.get();
        if (edition == null) {
            return;
        }
        runner.run(() -> badges.write(edition.year(), messages.language(), file),
                pages -> dialogs.showInformation(messages.text("participant.badges.title"),
                        messages.text("participant.badges.done", pages, file.toString())), errors::report);
    }

    /** Asks, naming what goes and what stays, then erases the selected person's personal details. */
    public void eraseSelected() {
        Participant participant = selected.get();
        if (participant == null || participant.erased() || !dialogs.confirm(messages.text("participant.erase.title"),
                messages.text("participant.erase.question", participant.name(), countryName(participant.country()),
                        messages.text(participant.sector().messageKey())),
                messages.text("participant.erase.confirm"))) {
            return;
        }
        runner.run(() -> privacy.erase(participant.id()), erased -> reload(), failure -> {
            errors.report(failure);
            reload();
        });
    }

    /** Whether the selected row still has personal details to edit, export or erase. */
    public javafx.beans.binding.BooleanBinding selectedHasDetails() {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> selected.get() != null
                && !selected.get().erased(), selected);
    }

    /** The name as listed: an erased row says so, with the day. */
    public String shownName(Participant participant) {
        return participant.erased() ? messages.text("participant.erased", messages.date(participant.erasedOn()))
                : participant.name();
    }

    /** Keeps the first registration of the pair, completed from the second, and deletes the second. */
    public void merge(LikelyDuplicates.Pair pair) {
        runner.run(() -> service.merge(pair.first(), pair.second()), merged -> reload(), failure -> {
            errors.report(failure);
            reload();
        });
    }

    public ObjectProperty<Conference> conferenceProperty() {
        return conference;
    }

    public ObservableList<Participant> participants() {
        return participants;
    }

    public ObservableList<LikelyDuplicates.Pair> duplicates() {
        return duplicates;
    }

    public ObjectProperty<Participant> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ParticipantCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }
}
