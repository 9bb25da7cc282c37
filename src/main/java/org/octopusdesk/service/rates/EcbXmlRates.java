package org.octopusdesk.service.rates;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.octopusdesk.domain.money.ExchangeRate;

/**
 * The ECB's XML files: a gesmes envelope with {@code <Cube time="..."><Cube currency="USD" rate="1.1785"/>}.
 * Read as a stream (StAX), so the full history (all days since 1999, about 9 MB) needs no tree in memory; only the
 * rates themselves are kept, and {@link RateValues} caps how many. A DOCTYPE is refused outright, so no entity is
 * ever declared, expanded or fetched.
 */
final class EcbXmlRates {

    static final String NAMESPACE = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref";

    /** What a {@code Cube} element is, from where it stands: a day, a rate inside a day, or the envelope's. */
    private enum Cube { DAY, RATE, OTHER }

    private final RateValues values;

    EcbXmlRates(CurrencyCatalog currencies, LocalDate today) {
        this.values = new RateValues(currencies, today);
    }

    List<ExchangeRate> parse(String name, InputStream content) {
        List<ExchangeRate> rates = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        Deque<Cube> open = new ArrayDeque<>();
        LocalDate day = null;
        Set<String> dayCurrencies = new HashSet<>();
        int read = 0;
        String where = name;
        RateProblems problems = new RateProblems();
        XMLStreamReader reader = reader(name, content);
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new RatesFileException("error.ratesFile.xmlDoctype", name);
                }
                if (!isCube(reader, event)) {
                    continue;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    if (open.pop() == Cube.DAY) {
                        day = null;
                    }
                } else if (day != null) {
                    open.push(Cube.RATE);
                    Optional<ExchangeRate> rate = rate(reader, day, where, problems);
                    if (rate.isPresent()) {
                        // Counted before a repeat is told: a file of repeats is as large as one of rates.
                        values.count(++read, name);
                    }
                    if (rate.isPresent() && !dayCurrencies.add(rate.get().currency())) {
                        problems.note(new RatesFileException("error.ratesFile.duplicateCurrency", where,
                                rate.get().currency()));
                    } else if (rate.isPresent()) {
                        rates.add(rate.get());
                    }
                } else if (reader.getAttributeValue(null, "time") != null) {
                    // A day refused is noted and its rates skipped: they are read as cubes of no day.
                    open.push(Cube.DAY);
                    dayCurrencies.clear();
                    String time = attribute(reader, "time");
                    where = name + ", time=" + time;
                    String inDay = where;
                    day = problems.checked(() -> values.date(date(time, inDay), inDay)).orElse(null);
                    if (day != null && !days.add(day)) {
                        problems.note(new RatesFileException("error.ratesFile.duplicateDay", where, day));
                        day = null;
                    }
                } else {
                    open.push(Cube.OTHER);
                }
            }
        } catch (XMLStreamException broken) {
            throw new RatesFileException("error.ratesFile.xmlBroken", name);
        } finally {
            close(reader);
        }
        problems.refuseIfAny(name);
        if (days.isEmpty()) {
            throw new RatesFileException("error.ratesFile.noRates", name);
        }
        return rates;
    }

    /** The rate of a {@code Cube} inside a day, or nothing once its refusal is noted. */
    private Optional<ExchangeRate> rate(XMLStreamReader reader, LocalDate day, String where, RateProblems problems) {
        return problems.checked(() -> {
            String currency = values.currency(attribute(reader, "currency"), where);
            return ExchangeRate.ecb(currency, day, values.rate(attribute(reader, "rate"), where + ", " + currency));
        });
    }

    private static boolean isCube(XMLStreamReader reader, int event) {
        return (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT)
                && NAMESPACE.equals(reader.getNamespaceURI()) && "Cube".equals(reader.getLocalName());
    }

    private static String attribute(XMLStreamReader reader, String attribute) {
        String value = reader.getAttributeValue(null, attribute);
        return value == null ? "" : value;
    }

    private static XMLStreamReader reader(String name, InputStream content) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try {
            // Decoded here, strictly, rather than by the parser, whose decoder prints "[Fatal Error]" lines to the
            // console on a malformed byte before it fails. ECB files are UTF-8; a byte-order mark is skipped.
            PushbackReader text = new PushbackReader(new InputStreamReader(content, StandardCharsets.UTF_8
                    .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
            int first = text.read();
            if (first != -1 && first != '\uFEFF') {
                text.unread(first);
            }
            return factory.createXMLStreamReader(text);
        } catch (XMLStreamException | IOException e) {
            throw new RatesFileException("error.ratesFile.xmlBroken", name);
        }
    }

    private static void close(XMLStreamReader reader) {
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // Everything needed was read or refused already; the stream's owner closes the bytes.
        }
    }

    private static LocalDate date(String text, String where) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RatesFileException("error.ratesFile.badDate", where, text);
        }
    }
}
