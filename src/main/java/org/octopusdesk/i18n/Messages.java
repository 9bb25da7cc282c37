package org.octopusdesk.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;

/**
 * The words and formats of one language: texts from the {@code messages} bundles, dates as 31/12/2020, numbers
 * as 161,051.34 (English) or 161 051,34 (French).
 */
public final class Messages {

    public static final String BUNDLE = "org.octopusdesk.i18n.messages";
    /** English as written at the Council of Europe: British conventions (day first). */
    public static final Locale ENGLISH = Locale.UK;
    public static final Locale FRENCH = Locale.FRANCE;
    public static final List<String> LANGUAGES = List.of("en", "fr");

    /** Strict: 31/02/2020 is refused, not turned into 29/02/2020. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** French writes the hour with " h " (10 h 42), with no-break spaces so that it never wraps. */
    private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("HH'\u00a0h\u00a0'mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    /** A no-break space: French groups digits by spaces that must not wrap, and every font has this one. */
    private static final char FRENCH_GROUPING = '\u00a0';
    /** Longer than any amount a column holds, spaces and separators included. */
    private static final int MAX_NUMBER_LENGTH = 64;

    private final Locale locale;
    private final ResourceBundle bundle;
    private final java.util.Map<Integer, NumberFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages of "en" or "fr"; anything else gets English. */
    public static Messages forLanguage(String language) {
        return new Messages("fr".equals(language) ? FRENCH : ENGLISH);
    }

    public static boolean isSupported(String language) {
        return language != null && LANGUAGES.contains(language);
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text of {@code key}, its {@code {0}} placeholders filled in; the key itself when missing, never a crash. */
    /**
     * One problem of an import file as a person reads it: "Line 3 amount: Not a number…", or "Line 2: …" when the
     * line as a whole is at fault ({@code column} empty), never "Line 2 : …".
     */
    public String problemOnLine(int line, String column, String messageKey, java.util.List<Object> arguments) {
        String problem = text(messageKey, arguments.toArray());
        return column.isEmpty() ? text("import.problem.line", String.valueOf(line), problem)
                : text("import.problem", String.valueOf(line), column, problem);
    }

    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(formatArguments(pattern, arguments));
    }

    /**
     * Dates and numbers in the reader's format, except an argument the pattern formats itself (a plural through
     * {@code {0,choice,...}}, a {@code {0,number,...}}), which needs the number.
     */
    private Object[] formatArguments(String pattern, Object[] arguments) {
        Object[] formatted = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            if (argument instanceof LocalDate date) {
                formatted[i] = date(date);
            } else if (argument instanceof java.time.LocalTime time) {
                formatted[i] = time(time);
            } else if (argument instanceof Number number && !pattern.contains("{" + i + ",")) {
                formatted[i] = number(number);
            } else if (argument instanceof org.octopusdesk.domain.money.Money money) {
                formatted[i] = money(money);
            } else if (argument instanceof org.octopusdesk.domain.country.Country country) {
                // A refusal names a country in the reader's language ("Japon a déjà une délégation …").
                formatted[i] = country.name(locale());
            } else if (argument instanceof org.octopusdesk.domain.country.Instrument instrument) {
                // "STE 185" in French, as the treaty office writes it.
                formatted[i] = text(instrument.shortKey());
            } else if (argument instanceof org.octopusdesk.domain.people.Role role) {
                // "Your role, assistant, cannot ...": the role's name in the reader's language.
                formatted[i] = text(role.messageKey());
            } else if (argument instanceof org.octopusdesk.domain.ProblemList problems) {
                formatted[i] = listed(problems);
            } else if (argument instanceof DomainException reason) {
                // A refusal that explains another ("not an ECB file: line 3 …") says the inner one in words too.
                formatted[i] = message(reason);
            } else {
                formatted[i] = argument;
            }
        }
        return formatted;
    }

    /** Each problem on a line of its own after a bullet, then how many more there are. */
    private String listed(org.octopusdesk.domain.ProblemList problems) {
        StringBuilder lines = new StringBuilder();
        problems.shown().forEach(problem -> lines.append("\n• ").append(message(problem)));
        if (problems.notShown() > 0) {
            lines.append("\n").append(text("problems.more", problems.notShown()));
        }
        return lines.toString();
    }

    public String message(DomainException exception) {
        return text(exception.messageKey(), exception.arguments().toArray());
    }

    public String message(FieldError error) {
        return text(error.messageKey(), error.arguments().toArray());
    }

    /** A time of day as 10:42, or 10 h 42 in French. */
    public String time(java.time.LocalTime time) {
        return (FRENCH.equals(locale) ? FRENCH_TIME : TIME).format(time);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * A span of days as short as it reads unambiguously: 30/11/2020, 18–20/06/2024, 29/11–01/12/2022, or both dates
     * in full across a new year. Lists use it where the full "18/06/2024 – 20/06/2024" is cut.
     */
    public String dateRange(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return date(start);
        }
        if (start.getYear() != end.getYear()) {
            return date(start) + " – " + date(end);
        }
        String startText = start.getMonth() == end.getMonth() ? DAY.format(start) : DAY_MONTH.format(start);
        return startText + "–" + date(end);
    }

    /** A moment in the workstation's time zone, as 28/11/2026 10:00. */
    public String dateTime(java.time.Instant instant) {
        return DATE_TIME.format(instant.atZone(java.time.ZoneId.systemDefault()));
    }

    /** Parses a date typed as dd/mm/yyyy (or ISO yyyy-mm-dd); empty when it is not a date. */
    public Optional<LocalDate> parseDate(String text) {
        String trimmed = text == null ? "" : text.strip();
        for (DateTimeFormatter format : List.of(DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return Optional.of(LocalDate.parse(trimmed, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    public String number(Number number) {
        return numberFormat(number instanceof BigDecimal decimal ? Math.max(0, decimal.scale()) : 0).format(number);
    }

    /** An amount of euros at the cent: "EUR 161,051.34", "EUR 161 051,34". */
    public String euros(BigDecimal amount) {
        return amount == null ? "" : "EUR " + numberFormat(2).format(amount);
    }

    /** An amount with its currency code, at the amount's own scale: "CAD 250,000.00", "JPY 1,000". */
    public String money(org.octopusdesk.domain.money.Money money) {
        return money == null ? "" : money(money.amount(), money.currency());
    }

    /** An amount of {@code currency} as a total adds it up, before it is a Money: "CAD 250,000.00". */
    public String money(BigDecimal amount, String currency) {
        return currency + " " + number(amount);
    }

    public String percent(BigDecimal percent) {
        return numberFormat(1).format(percent) + (locale.getLanguage().equals("fr") ? "\u00a0%" : "%");
    }

    /**
     * A format of this language for {@code fractionDigits} decimals: a copy of one made once, because a report
     * formats tens of thousands of amounts and building a format is costly; a copy is never shared between threads.
     */
    private NumberFormat numberFormat(int fractionDigits) {
        return (NumberFormat) formats.computeIfAbsent(fractionDigits, this::newNumberFormat).clone();
    }

    private NumberFormat newNumberFormat(int fractionDigits) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if (locale.getLanguage().equals("fr")) {
            symbols.setGroupingSeparator(FRENCH_GROUPING);
        }
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format;
    }

    /**
     * Parses an amount as a person of this language types it: "161,051.34" or "161051.34" in English,
     * "161 051,34" in French. Empty when the text is not a number, or longer than any amount is (a pasted page
     * would otherwise be read digit by digit); the digits are kept exactly. Amounts too large for their column are
     * refused by {@code Money} with that reason.
     */
    public Optional<BigDecimal> parseDecimal(String text) {
        if (text == null || text.length() > MAX_NUMBER_LENGTH) {
            return Optional.empty();
        }
        String compact = text.replaceAll("[\\s\u00a0\u202f]", "");
        if (locale.getLanguage().equals("fr")) {
            if (compact.contains(",") && compact.contains(".")) {
                return Optional.empty();
            }
            compact = compact.replace(',', '.');
        } else if (compact.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d*)?")) {
            compact = compact.replace(",", "");
        }
        if (!compact.matches("-?\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(compact));
    }
}
