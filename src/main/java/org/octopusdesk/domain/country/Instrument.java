package org.octopusdesk.domain.country;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The Budapest Convention and its two protocols. Each enters into force for a State on the first day of the month
 * following three months after the State's deposit, but never before the instrument itself is in force: ETS 185 on
 * 1 July 2004 (Art. 36), ETS 189 on 1 March 2006 (Art. 10), CETS 224 once five Parties have deposited (Art. 16),
 * which had not happened in the data this application ships with.
 */
public enum Instrument {
    ETS185("ETS 185", LocalDate.of(2004, 7, 1), 5),
    ETS189("ETS 189", LocalDate.of(2006, 3, 1), 5),
    CETS224("CETS 224", null, 5);

    private final String label;
    private final LocalDate inForceSince;
    private final int depositsToEnterIntoForce;

    Instrument(String label, LocalDate inForceSince, int depositsToEnterIntoForce) {
        this.label = label;
        this.inForceSince = inForceSince;
        this.depositsToEnterIntoForce = depositsToEnterIntoForce;
    }

    /** How the Treaty Office writes it: "ETS 185". */
    public String label() {
        return label;
    }

    public String messageKey() {
        return "instrument." + name();
    }

    /** The key of the instrument's short name: "ETS 185" in English, "STE 185" in French. */
    public String shortKey() {
        return "instrument.short." + name();
    }

    /** When the instrument itself entered into force, when known as a fact rather than computed from deposits. */
    public Optional<LocalDate> inForceSince() {
        return Optional.ofNullable(inForceSince);
    }

    /** How many deposits bring the instrument itself into force (when no date is known). */
    public int depositsToEnterIntoForce() {
        return depositsToEnterIntoForce;
    }

    /** Reads "ETS185", "ETS 185", "ets-185", "185" or "ETS 185 Convention on Cybercrime". */
    public static Optional<Instrument> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        for (Instrument instrument : values()) {
            String number = instrument.label.replaceAll("[^0-9]", "");
            if (digits.equals(number) || digits.startsWith(instrument.name())) {
                return Optional.of(instrument);
            }
        }
        return Optional.empty();
    }
}
