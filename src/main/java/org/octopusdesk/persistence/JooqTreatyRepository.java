package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.TCY_STATUS;
import static org.octopusdesk.persistence.generated.Tables.TREATY_STATUS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.octopusdesk.domain.country.ChartFlag;
import org.octopusdesk.domain.country.DepositKind;
import org.octopusdesk.domain.country.Instrument;
import org.octopusdesk.domain.country.TcyStatus;
import org.octopusdesk.domain.country.TcyStatusEntry;
import org.octopusdesk.domain.country.TreatyRecord;
import org.octopusdesk.persistence.generated.tables.records.TcyStatusRecord;
import org.octopusdesk.persistence.generated.tables.records.TreatyStatusRecord;
import org.octopusdesk.service.countries.TreatyRepository;

/** The treaty charts and the recorded T-CY statuses in H2 through jOOQ. */
public final class JooqTreatyRepository implements TreatyRepository {

    private final DSLContext dsl;

    JooqTreatyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<TreatyRecord> chart(Instrument instrument) {
        return dsl.selectFrom(TREATY_STATUS).where(TREATY_STATUS.INSTRUMENT.eq(instrument.name()))
                .fetch(JooqTreatyRepository::toRecord);
    }

    @Override
    public List<TreatyRecord> ofCountry(String countryCode) {
        return dsl.selectFrom(TREATY_STATUS).where(TREATY_STATUS.COUNTRY_CODE.eq(countryCode))
                .fetch(JooqTreatyRepository::toRecord);
    }

    @Override
    public Optional<TreatyRecord> find(String countryCode, Instrument instrument) {
        return dsl.selectFrom(TREATY_STATUS).where(TREATY_STATUS.COUNTRY_CODE.eq(countryCode))
                .and(TREATY_STATUS.INSTRUMENT.eq(instrument.name())).fetchOptional(JooqTreatyRepository::toRecord);
    }

    @Override
    public void save(TreatyRecord record, Instant now) {
        TreatyStatusRecord row = dsl.selectFrom(TREATY_STATUS)
                .where(TREATY_STATUS.COUNTRY_CODE.eq(record.countryCode()))
                .and(TREATY_STATUS.INSTRUMENT.eq(record.instrument().name())).fetchOptional()
                .orElseGet(() -> {
                    TreatyStatusRecord fresh = dsl.newRecord(TREATY_STATUS);
                    fresh.setCountryCode(record.countryCode());
                    fresh.setInstrument(record.instrument().name());
                    fresh.setVersion(-1);
                    return fresh;
                });
        row.setSignatureDate(record.signature());
        row.setDepositDate(record.deposit());
        row.setDepositKind(record.depositKind() == null ? null : record.depositKind().name());
        row.setEntryIntoForce(record.entryIntoForceOverride());
        row.setOverrideNote(record.overrideNote());
        row.setFlags(ChartFlag.code(record.flags()));
        row.setNote(record.note());
        row.setSource(record.source());
        row.setVersion(row.getVersion() + 1);
        row.setUpdatedAt(Timestamps.utc(now));
        row.store();
    }

    @Override
    public List<TcyStatusEntry> statuses() {
        return dsl.selectFrom(TCY_STATUS).fetch(JooqTreatyRepository::toEntry);
    }

    @Override
    public List<TcyStatusEntry> statusesOf(String countryCode) {
        return dsl.selectFrom(TCY_STATUS).where(TCY_STATUS.COUNTRY_CODE.eq(countryCode))
                .fetch(JooqTreatyRepository::toEntry);
    }

    @Override
    public void saveStatus(TcyStatusEntry entry, Instant now) {
        dsl.deleteFrom(TCY_STATUS).where(TCY_STATUS.COUNTRY_CODE.eq(entry.countryCode()))
                .and(TCY_STATUS.VALID_FROM.eq(entry.validFrom())).execute();
        TcyStatusRecord row = dsl.newRecord(TCY_STATUS);
        row.setCountryCode(entry.countryCode());
        row.setStatus(entry.status().name());
        row.setValidFrom(entry.validFrom());
        row.setNote(entry.note());
        row.setCreatedAt(Timestamps.utc(now));
        row.store();
    }

    private static TreatyRecord toRecord(TreatyStatusRecord row) {
        return new TreatyRecord(row.getCountryCode(), Instrument.valueOf(row.getInstrument()), row.getSignatureDate(),
                row.getDepositDate(), row.getDepositKind() == null ? null : DepositKind.valueOf(row.getDepositKind()),
                row.getEntryIntoForce(), row.getOverrideNote(), ChartFlag.parse(row.getFlags()), row.getNote(),
                row.getSource());
    }

    private static TcyStatusEntry toEntry(TcyStatusRecord row) {
        return new TcyStatusEntry(row.getCountryCode(), TcyStatus.valueOf(row.getStatus()), row.getValidFrom(),
                row.getNote());
    }
}
