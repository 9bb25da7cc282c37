package org.octopusdesk.service.rates;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.money.CurrencyInfo;

/**
 * The ISO 4217 currencies, current and withdrawn, from the table shipped with the application
 * ({@code org/octopusdesk/reference/iso4217_currencies.csv}, sources in SOURCES.md beside it).
 */
public final class CurrencyCatalog {

    private static final String TABLE = "/org/octopusdesk/reference/iso4217_currencies.csv";
    /**
     * ISO 4217's "N.A." minor units: the codes that are no money anyone pays in (gold and other metals, bond
     * market units, the SDR and other units of account, XTS for testing, XXX for "no currency"). They are left out,
     * so a pledge or payment in one of them is refused like an unknown code.
     */
    private static final String NOT_MONEY = "-";

    private final Map<String, CurrencyInfo> byCode;
    /** The codes left out of {@link #byCode}, kept only so that records stored before they were refused still read. */
    private final Map<String, CurrencyInfo> notMoney;

    private CurrencyCatalog(Map<String, CurrencyInfo> byCode, Map<String, CurrencyInfo> notMoney) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.notMoney = Collections.unmodifiableMap(notMoney);
    }

    /** Reads the shipped table; a missing or damaged table is a broken installation, not a user error. */
    public static CurrencyCatalog load() {
        Map<String, CurrencyInfo> byCode = new TreeMap<>();
        Map<String, CurrencyInfo> notMoney = new TreeMap<>();
        try (InputStream in = CurrencyCatalog.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("currency table missing from the application: " + TABLE);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
                for (CSVRecord row : format.parse(reader)) {
                    String units = row.get("minor_units");
                    Integer minorUnits = units.matches("\\d+") ? Integer.valueOf(units) : null;
                    String code = row.get("code");
                    CurrencyInfo info = new CurrencyInfo(code, row.get("name"), minorUnits,
                            "current".equals(row.get("status")));
                    // A withdrawn code may come back (with other units); the current entry wins.
                    (NOT_MONEY.equals(units) ? notMoney : byCode)
                            .merge(code, info, (first, second) -> first.current() ? first : second);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CurrencyCatalog(byCode, notMoney);
    }

    public Optional<CurrencyInfo> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** The currency of {@code code}, or a refusal that names the unknown code. */
    public CurrencyInfo require(String code) {
        return find(code).orElseThrow(() -> new DomainException("validation.currency.unknown", String.valueOf(code)));
    }

    /**
     * The currency of a code read back from the database. Unlike {@link #require}, it also knows the codes that are
     * no money (XDR, XXX, …): earlier versions accepted them, and a pledge stored then must still be shown, and
     * corrected, rather than make its whole list fail.
     */
    public CurrencyInfo stored(String code) {
        return find(code).or(() -> Optional.ofNullable(notMoney.get(code))).orElseGet(() -> require(code));
    }

    public Collection<CurrencyInfo> all() {
        return byCode.values();
    }
}
