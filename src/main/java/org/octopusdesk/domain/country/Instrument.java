package org.octopusdesk.domain.country;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Budapest Convention and its two protocols. Each enters into force for a State on the first day of the month
 * following three months after the State's deposit, but never before the instrument itself is in force: ETS 185 on
 * 1 July 2004 (Art. 36), ETS 189 on 1 March 2006 (Art. 10), CETS 224 once five Parties have deposited (Art. 16),
 * which had not happened in the data this application ships with.
 */
public enum Instrument {
    ETS185("ETS 185", LocalDate.of(2001, 11, 23), LocalDate.of(2004, 7, 1), 5),
    ETS189("ETS 189", LocalDate.of(2003, 1, 28), LocalDate.of(2006, 3, 1), 5),
    CETS224("CETS 224", LocalDate.of(2022, 5, 12), null, 5);

    /** "ETS 185", "ets-185", "STE185", "185", "ETS 185 Convention on Cybercrime": a series, a number, then words. */
    private static final Pattern WRITTEN = Pattern.compile("([A-Z]*)[\\s\\-]*(\\d+)(\\s.*)?");
    /** The series in French: Série des traités européens, Série des traités du Conseil de l'Europe. */
    private static final Map<String, String> FRENCH_SERIES = Map.of("ETS", "STE", "CETS", "STCE");

    private final String label;
    private final LocalDate openedForSignature;
    private final LocalDate inForceSince;
    private final int depositsToEnterIntoForce;

    Instrument(String label, LocalDate openedForSignature, LocalDate inForceSince, int depositsToEnterIntoForce) {
        this.label = label;
        this.openedForSignature = openedForSignature;
        this.inForceSince = inForceSince;
        this.depositsToEnterIntoForce = depositsToEnterIntoForce;
    }

    /** The day it was opened for signature: no State signed, ratified or acceded before it. */
    public LocalDate openedForSignature() {
        return openedForSignature;
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

    /**
     * Reads "ETS185", "ETS 185", "ets-185", "STE 185", "185" or "ETS 185 Convention on Cybercrime": the number
     * whole (not "ETS 1850"), and the series, when given, the instrument's ("ETS 224" is none).
     */
    public static Optional<Instrument> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher written = WRITTEN.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!written.matches()) {
            return Optional.empty();
        }
        String series = written.group(1);
        for (Instrument instrument : values()) {
            String[] parts = instrument.label.split(" ");
            boolean sameSeries = series.isEmpty() || series.equals(parts[0])
                    || series.equals(FRENCH_SERIES.get(parts[0]));
            if (sameSeries && parts[1].equals(written.group(2))) {
                return Optional.of(instrument);
            }
        }
        return Optional.empty();
    }
}
