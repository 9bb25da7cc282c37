package org.octopusdesk.service.countries;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.octopusdesk.domain.country.Country;

/**
 * The countries shipped with the application ({@code reference/countries.csv}, see its SOURCES.md), and the lookup
 * of a country by what a person or a file calls it.
 */
public final class CountryCatalog {

    private static final String RESOURCE = "/org/octopusdesk/reference/countries.csv";
    /** Words that do not tell two countries apart, so "Netherlands, the Kingdom of the" finds the Netherlands. */
    private static final Set<String> FILLERS = Set.of("the", "of", "de", "du", "des", "la", "le", "les", "d", "l");

    private final List<Country> countries;
    private final Map<String, Country> byCode = new HashMap<>();
    private final Map<String, Country> byName = new HashMap<>();

    private CountryCatalog(List<CountryLine> lines) {
        List<Country> all = new ArrayList<>();
        for (CountryLine line : lines) {
            all.add(line.country());
            byCode.put(line.country().code(), line.country());
            for (String name : line.names()) {
                byName.putIfAbsent(key(name), line.country());
            }
        }
        this.countries = List.copyOf(all);
    }

    /** Reads the shipped list. */
    public static CountryCatalog load() {
        try (InputStream in = CountryCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CountryCatalog read(Reader in) throws IOException {
        List<CountryLine> lines = new ArrayList<>();
        for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            Country country = new Country(row.get("code"), row.get("name_en"), row.get("name_fr"));
            List<String> names = new ArrayList<>(List.of(country.code(), country.nameEn(), country.nameFr()));
            if (!row.get("other_names").isBlank()) {
                names.addAll(Arrays.asList(row.get("other_names").split("\\|")));
            }
            lines.add(new CountryLine(country, names));
        }
        return new CountryCatalog(lines);
    }

    /** Every country, in code order. */
    public List<Country> all() {
        return countries;
    }

    public Optional<Country> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The country a text names: its code, or its English or French name (also the ISO's inverted and official
     * forms), whatever the case, accents, punctuation or word order.
     */
    public Optional<Country> byName(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<Country> byItsCode = text.strip().length() == 2 ? find(text) : Optional.empty();
        return byItsCode.or(() -> Optional.ofNullable(byName.get(key(text))));
    }

    /** The words of a name without accents, case, punctuation, fillers or order. */
    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        return Arrays.stream(plain.split(" ")).filter(word -> !FILLERS.contains(word)).sorted()
                .collect(Collectors.joining(" "));
    }

    private record CountryLine(Country country, List<String> names) {
    }
}
