package org.octopusdesk.service.rates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.octopusdesk.domain.money.ExchangeRate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The ECB's XML files: a gesmes envelope with {@code <Cube time="..."><Cube currency="USD" rate="1.1785"/>}.
 * A DOCTYPE is refused outright, so no entity is ever declared, expanded or fetched.
 */
final class EcbXmlRates {

    static final String NAMESPACE = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref";

    private final RateValues values;

    EcbXmlRates(CurrencyCatalog currencies, LocalDate today) {
        this.values = new RateValues(currencies, today);
    }

    List<ExchangeRate> parse(String name, byte[] content) {
        Document document = document(name, content);
        NodeList cubes = document.getElementsByTagNameNS(NAMESPACE, "Cube");
        List<ExchangeRate> rates = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < cubes.getLength(); i++) {
            Element day = (Element) cubes.item(i);
            if (!day.hasAttribute("time")) {
                continue;
            }
            String where = name + ", time=" + day.getAttribute("time");
            LocalDate date = values.date(date(day.getAttribute("time"), where), where);
            if (!days.add(date)) {
                throw new RatesFileException("error.ratesFile.duplicateDay", where, date);
            }
            NodeList entries = day.getElementsByTagNameNS(NAMESPACE, "Cube");
            for (int j = 0; j < entries.getLength(); j++) {
                Element entry = (Element) entries.item(j);
                String currency = values.currency(entry.getAttribute("currency"), where);
                rates.add(ExchangeRate.ecb(currency, date,
                        values.rate(entry.getAttribute("rate"), where + ", " + currency)));
            }
        }
        if (days.isEmpty()) {
            throw new RatesFileException("error.ratesFile.noRates", name);
        }
        return rates;
    }

    private static Document document(String name, byte[] content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Fails on the first fatal error instead of printing it to the console.
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder.parse(new ByteArrayInputStream(content));
        } catch (SAXException e) {
            String reason = String.valueOf(e.getMessage());
            throw new RatesFileException(reason.contains("DOCTYPE") ? "error.ratesFile.xmlDoctype"
                    : "error.ratesFile.xmlBroken", name);
        } catch (ParserConfigurationException | IOException e) {
            throw new RatesFileException("error.ratesFile.xmlBroken", name);
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
