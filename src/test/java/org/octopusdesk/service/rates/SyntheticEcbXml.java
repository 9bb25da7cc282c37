package org.octopusdesk.service.rates;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.octopusdesk.domain.money.ExchangeRate;

/**
 * Writes ECB-layout XML files as large as wanted: the envelope, the sender, then one {@code Cube time} a weekday
 * from the newest day back to 4 January 1999, each with one rate a currency, laid out as the ECB's own
 * {@code eurofxref-hist.xml}.
 */
final class SyntheticEcbXml {

    /** The currencies the ECB publishes today (30), so a file of them has the shape of the full history. */
    static final List<String> ECB_CURRENCIES = List.of("USD", "JPY", "BGN", "CZK", "DKK", "GBP", "HUF", "PLN", "RON",
            "SEK", "CHF", "ISK", "NOK", "TRY", "AUD", "BRL", "CAD", "CNY", "HKD", "IDR", "ILS", "INR", "KRW", "MXN",
            "MYR", "NZD", "PHP", "SGD", "THB", "ZAR");

    private SyntheticEcbXml() {
    }

    /** The full history up to {@code newest}, each currency {@code repeats} times a day; returns the days written. */
    static int write(Path file, LocalDate newest, int repeats) throws IOException {
        int days = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gesmes:Envelope "
                    + "xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\" xmlns=\"" + EcbXmlRates.NAMESPACE
                    + "\">\n\t<gesmes:subject>Reference rates</gesmes:subject>\n\t<gesmes:Sender>\n\t\t"
                    + "<gesmes:name>European Central Bank</gesmes:name>\n\t</gesmes:Sender>\n\t<Cube>\n");
            for (LocalDate day = newest; !day.isBefore(ExchangeRate.FIRST_ECB_DAY); day = day.minusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                out.write("\t\t<Cube time=\"" + day + "\">\n");
                for (int repeat = 0; repeat < repeats; repeat++) {
                    for (int i = 0; i < ECB_CURRENCIES.size(); i++) {
                        out.write("\t\t\t<Cube currency=\"" + ECB_CURRENCIES.get(i) + "\" rate=\""
                                + (1 + i) + "." + (1000 + days % 9000) + "\"/>\n");
                    }
                }
                out.write("\t\t</Cube>\n");
                days++;
            }
            out.write("\t</Cube>\n</gesmes:Envelope>\n");
        }
        return days;
    }
}
