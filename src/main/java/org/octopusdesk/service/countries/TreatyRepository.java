package org.octopusdesk.service.countries;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.country.Instrument;
import org.octopusdesk.domain.country.TcyStatusEntry;
import org.octopusdesk.domain.country.TreatyRecord;

/** Where the charts and the recorded T-CY statuses are kept. Callers hold the transaction. */
public interface TreatyRepository {

    List<TreatyRecord> chart(Instrument instrument);

    List<TreatyRecord> ofCountry(String countryCode);

    Optional<TreatyRecord> find(String countryCode, Instrument instrument);

    /** Inserts the line, or replaces the country's line for that instrument. */
    void save(TreatyRecord record, Instant now);

    List<TcyStatusEntry> statuses();

    List<TcyStatusEntry> statusesOf(String countryCode);

    /** Inserts the entry, or replaces the country's entry of the same date. */
    void saveStatus(TcyStatusEntry entry, Instant now);
}
