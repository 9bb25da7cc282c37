package org.octopusdesk.domain.contribution;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Something about a payment that is allowed but unusual, so a person confirms it before it is saved; the
 * confirmation is kept with the payment (and in its export) as the record that someone saw it.
 */
public enum PaymentWarning {
    /** Paid before the pledge's agreement date: advance payments happen, typing the wrong year too. */
    ADVANCE,
    /** Above what the pledge still expected: donors round up or add to a pledge. */
    OVERPAYMENT,
    /**
     * The same day and amount as a payment the pledge has already: a donor may pay two equal instalments on one
     * day, but a bank statement imported twice or a form saved twice looks the same (decision 0049).
     */
    REPEATED,
    /**
     * The bank's euros imply a rate more than 20% from the ECB's of the value date: bank charges and spreads are
     * a few percent, a digit typed once too often or left out is ten times (decision 0052).
     */
    BANK_RATE;

    /** How the warning is named in a list of confirmations, e.g. in the payment's details. */
    public String messageKey() {
        return "payment.warning." + name().toLowerCase(Locale.ROOT);
    }

    /** The stored and exported form: names separated by commas, in declaration order ("ADVANCE,OVERPAYMENT"). */
    public static String format(Set<PaymentWarning> warnings) {
        return warnings.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /**
     * Reads {@link #format}'s text (any case, spaces allowed).
     *
     * @throws IllegalArgumentException naming the first unknown word
     */
    public static Set<PaymentWarning> parse(String text) {
        Set<PaymentWarning> warnings = EnumSet.noneOf(PaymentWarning.class);
        Arrays.stream(text == null ? new String[0] : text.split("[,;]")).map(String::strip)
                .filter(word -> !word.isEmpty())
                .forEach(word -> warnings.add(valueOf(word.toUpperCase(Locale.ROOT))));
        return warnings;
    }
}
