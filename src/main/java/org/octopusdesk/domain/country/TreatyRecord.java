package org.octopusdesk.domain.country;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.octopusdesk.domain.FieldError;

/**
 * One line of an instrument's chart: a country's signature, its deposit (ratification or accession) and, when the
 * computed date must be replaced, an entry into force entered with a note saying why.
 */
public record TreatyRecord(String countryCode, Instrument instrument, LocalDate signature, LocalDate deposit,
        DepositKind depositKind, LocalDate entryIntoForceOverride, String overrideNote, Set<ChartFlag> flags,
        String note, String source) {

    public static final String COUNTRY = "country";
    public static final String INSTRUMENT = "instrument";
    public static final String SIGNATURE = "signature";
    public static final String DEPOSIT = "deposit";
    public static final String ENTRY_INTO_FORCE = "entryIntoForce";
    public static final String OVERRIDE_NOTE = "overrideNote";
    public static final String NOTE = "note";
    public static final int NOTE_MAX = 4000;
    public static final int OVERRIDE_NOTE_MAX = 1000;
    public static final int SOURCE_MAX = 2000;

    public TreatyRecord {
        overrideNote = overrideNote == null ? "" : overrideNote.strip();
        note = note == null ? "" : note.strip();
        source = source == null ? "" : source.strip();
        flags = flags == null || flags.isEmpty() ? EnumSet.noneOf(ChartFlag.class) : EnumSet.copyOf(flags);
        if (deposit != null && depositKind == null) {
            depositKind = DepositKind.RATIFICATION;
        }
    }

    /**
     * A signature or a deposit after {@code today}: both are events the Treaty Office records once they happened
     * (an entry into force may lie ahead).
     */
    public List<FieldError> notYetHappened(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (signature != null && signature.isAfter(today)) {
            errors.add(FieldError.of(SIGNATURE, "validation.treaty.future", signature));
        }
        if (deposit != null && deposit.isAfter(today)) {
            errors.add(FieldError.of(DEPOSIT, "validation.treaty.future", deposit));
        }
        return errors;
    }

    /** The rules of one line; whether the country exists is the service's to check. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (countryCode == null || countryCode.isBlank()) {
            errors.add(FieldError.of(COUNTRY, "validation.required"));
        }
        if (instrument == null) {
            errors.add(FieldError.of(INSTRUMENT, "validation.required"));
        }
        if (deposit != null && signature != null) {
            if (depositKind == DepositKind.ACCESSION) {
                errors.add(FieldError.of(SIGNATURE, "validation.treaty.accessionSigned"));
            } else if (deposit.isBefore(signature)) {
                errors.add(FieldError.of(DEPOSIT, "validation.treaty.depositBeforeSignature", deposit, signature));
            }
        }
        if (instrument != null) {
            LocalDate opened = instrument.openedForSignature();
            if (signature != null && signature.isBefore(opened)) {
                errors.add(FieldError.of(SIGNATURE, "validation.treaty.beforeOpened", signature, instrument, opened));
            }
            if (deposit != null && deposit.isBefore(opened)) {
                errors.add(FieldError.of(DEPOSIT, "validation.treaty.beforeOpened", deposit, instrument, opened));
            }
        }
        // An entry into force without a deposit is kept: a territorial application has one and no deposit.
        if (entryIntoForceOverride != null && deposit != null && entryIntoForceOverride.isBefore(deposit)) {
            errors.add(FieldError.of(ENTRY_INTO_FORCE, "validation.treaty.inForceBeforeDeposit",
                    entryIntoForceOverride, deposit));
        }
        if (overrideNote.length() > OVERRIDE_NOTE_MAX) {
            errors.add(FieldError.of(OVERRIDE_NOTE, "validation.tooLong", OVERRIDE_NOTE_MAX));
        }
        if (note.length() > NOTE_MAX) {
            errors.add(FieldError.of(NOTE, "validation.tooLong", NOTE_MAX));
        }
        if (source.length() > SOURCE_MAX) {
            errors.add(FieldError.of(NOTE, "validation.tooLong", SOURCE_MAX));
        }
        return errors;
    }

    /**
     * When the instrument is in force for the country: the override if one was entered, otherwise the rule's date
     * given when the instrument itself entered into force.
     */
    public Optional<LocalDate> entryIntoForce(Optional<LocalDate> instrumentInForce) {
        if (entryIntoForceOverride != null) {
            return Optional.of(entryIntoForceOverride);
        }
        return deposit == null ? Optional.empty() : EntryIntoForce.forDeposit(deposit, instrumentInForce);
    }

    /** This line without an entered entry into force: the rule's date applies to it. */
    public TreatyRecord withoutOverride() {
        return new TreatyRecord(countryCode, instrument, signature, deposit, depositKind, null, "", flags, note,
                source);
    }

    /**
     * Whether the rule gives this line's deposit {@code date} as its entry into force: entered, that date is no
     * exception to the rule and needs no note.
     */
    public boolean ruleGives(LocalDate date, Optional<LocalDate> instrumentInForce) {
        return withoutOverride().entryIntoForce(instrumentInForce).equals(Optional.of(date));
    }

    /** Bound by the instrument on {@code date}: it deposited on or before it (the Treaty Office's count). */
    public boolean isPartyOn(LocalDate date) {
        return deposit != null && !deposit.isAfter(date);
    }

    /** Signed on or before {@code date} and not a Party yet. */
    public boolean isSignatoryOnlyOn(LocalDate date) {
        return signature != null && !signature.isAfter(date) && !isPartyOn(date);
    }
}
