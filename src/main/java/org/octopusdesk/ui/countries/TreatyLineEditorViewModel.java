package org.octopusdesk.ui.countries;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.country.ChartFlag;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.country.DepositKind;
import org.octopusdesk.domain.country.Instrument;
import org.octopusdesk.domain.country.TreatyRecord;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.countries.TreatyService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/**
 * The form of a country's line in an instrument's chart: signature, deposit (ratification or accession), an entry
 * into force that overrides the rule's date (with its reason), the chart's flags and a note. Picking another
 * instrument shows that instrument's line; the rules are the service's ({@link TreatyRecord#validate}).
 */
public final class TreatyLineEditorViewModel {

    private final TreatyService service;
    private final Country country;
    private final Map<Instrument, TreatyRecord> existing;
    private final ObjectProperty<Instrument> instrument = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> signature = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> deposit = new SimpleObjectProperty<>();
    private final ObjectProperty<DepositKind> depositKind = new SimpleObjectProperty<>(DepositKind.RATIFICATION);
    private final ObjectProperty<LocalDate> entryIntoForce = new SimpleObjectProperty<>();
    private final StringProperty overrideNote = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final Map<ChartFlag, BooleanProperty> flags = new EnumMap<>(ChartFlag.class);
    private final FieldErrors fieldErrors;
    private final FormSave saving;

    /** @param lines the country's lines as stored, one per instrument it has one for */
    public TreatyLineEditorViewModel(TreatyService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, Country country, Map<Instrument, TreatyRecord> lines, Instrument first) {
        this.service = service;
        this.country = country;
        this.existing = Map.copyOf(lines);
        for (ChartFlag flag : ChartFlag.values()) {
            flags.put(flag, new SimpleBooleanProperty());
        }
        this.fieldErrors = new FieldErrors(messages, TreatyRecord.SIGNATURE, TreatyRecord.DEPOSIT,
                TreatyRecord.ENTRY_INTO_FORCE, TreatyRecord.OVERRIDE_NOTE, TreatyRecord.NOTE);
        this.saving = new FormSave(runner, errors, fieldErrors, TreatyRecord.NOTE);
        fieldErrors.checkWith(() -> record().validate());
        fieldErrors.watch(TreatyRecord.SIGNATURE, signature, depositKind);
        fieldErrors.watch(TreatyRecord.DEPOSIT, signature, deposit, depositKind);
        fieldErrors.watch(TreatyRecord.ENTRY_INTO_FORCE, deposit, entryIntoForce);
        fieldErrors.watch(TreatyRecord.OVERRIDE_NOTE, overrideNote);
        fieldErrors.watch(TreatyRecord.NOTE, note);
        instrument.addListener((observable, old, picked) -> show(Optional.ofNullable(existing.get(picked))));
        instrument.set(first);
    }

    private void show(Optional<TreatyRecord> line) {
        signature.set(line.map(TreatyRecord::signature).orElse(null));
        deposit.set(line.map(TreatyRecord::deposit).orElse(null));
        depositKind.set(line.map(TreatyRecord::depositKind).orElse(DepositKind.RATIFICATION));
        entryIntoForce.set(line.map(TreatyRecord::entryIntoForceOverride).orElse(null));
        overrideNote.set(line.map(TreatyRecord::overrideNote).orElse(""));
        note.set(line.map(TreatyRecord::note).orElse(""));
        Set<ChartFlag> set = line.map(TreatyRecord::flags).orElse(Set.of());
        flags.forEach((flag, checked) -> checked.set(set.contains(flag)));
    }

    public Country country() {
        return country;
    }

    public void save(Consumer<TreatyRecord> onSaved) {
        TreatyRecord record = record();
        if (fieldErrors.show(record.validate(), TreatyRecord.NOTE)) {
            saving.run(() -> {
                service.save(record);
                return record;
            }, onSaved);
        }
    }

    /** The line as typed; its source stays the one the stored line had (an imported chart's address). */
    private TreatyRecord record() {
        Set<ChartFlag> checked = EnumSet.noneOf(ChartFlag.class);
        flags.forEach((flag, on) -> {
            if (on.get()) {
                checked.add(flag);
            }
        });
        String source = Optional.ofNullable(existing.get(instrument.get())).map(TreatyRecord::source).orElse("");
        return new TreatyRecord(country.code(), instrument.get(), signature.get(), deposit.get(),
                deposit.get() == null ? null : depositKind.get(), entryIntoForce.get(), overrideNote.get(), checked,
                note.get(), source);
    }

    public ObjectProperty<Instrument> instrumentProperty() {
        return instrument;
    }

    public ObjectProperty<LocalDate> signatureProperty() {
        return signature;
    }

    public ObjectProperty<LocalDate> depositProperty() {
        return deposit;
    }

    public ObjectProperty<DepositKind> depositKindProperty() {
        return depositKind;
    }

    public ObjectProperty<LocalDate> entryIntoForceProperty() {
        return entryIntoForce;
    }

    public StringProperty overrideNoteProperty() {
        return overrideNote;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanProperty flag(ChartFlag flag) {
        return flags.get(flag);
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}
