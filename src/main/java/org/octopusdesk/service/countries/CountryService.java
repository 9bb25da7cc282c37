package org.octopusdesk.service.countries;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.country.Instrument;
import org.octopusdesk.domain.country.TcyStatus;
import org.octopusdesk.domain.country.TcyStatusEntry;
import org.octopusdesk.domain.country.TreatyRecord;
import org.octopusdesk.service.Transactions;

/** The countries, and where each stands in the T-CY on a date. Other features (meetings) pick countries here. */
public class CountryService {

    private final CountryCatalog catalog;
    private final TreatyRepository treaties;
    private final Transactions transactions;

    public CountryService(CountryCatalog catalog, TreatyRepository treaties, Transactions transactions) {
        this.catalog = catalog;
        this.treaties = treaties;
        this.transactions = transactions;
    }

    /** Every country of the reference list, in code order. */
    public List<Country> all() {
        return catalog.all();
    }

    public Optional<Country> find(String code) {
        return catalog.find(code);
    }

    /** The country a code, an English or a French name designates, whatever the case and accents. */
    public Optional<Country> byName(String text) {
        return catalog.byName(text);
    }

    /**
     * The country's T-CY status on {@code date}: a Party once it ratified or acceded to ETS 185; otherwise the
     * status recorded last on or before the date; otherwise an Observer if it signed ETS 185 (the T-CY's rules
     * admit signatories as observers); otherwise none.
     */
    public TcyStatus tcyStatusOn(String code, LocalDate date) {
        return transactions.inTransaction(() -> statusOn(treaties.find(code, Instrument.ETS185),
                treaties.statusesOf(code), date));
    }

    /** Every status recorded for the country, oldest first. */
    public List<TcyStatusEntry> statusHistory(String code) {
        return transactions.inTransaction(() -> treaties.statusesOf(code).stream()
                .sorted(Comparator.comparing(TcyStatusEntry::validFrom)).toList());
    }

    static TcyStatus statusOn(Optional<TreatyRecord> convention, List<TcyStatusEntry> recorded, LocalDate date) {
        if (convention.isPresent() && convention.get().isPartyOn(date)) {
            return TcyStatus.PARTY;
        }
        Optional<TcyStatus> latest = recorded.stream().filter(entry -> !entry.validFrom().isAfter(date))
                .max(Comparator.comparing(TcyStatusEntry::validFrom)).map(TcyStatusEntry::status);
        if (latest.isPresent()) {
            return latest.get();
        }
        return convention.isPresent() && convention.get().isSignatoryOnlyOn(date) ? TcyStatus.OBSERVER
                : TcyStatus.NONE;
    }
}
