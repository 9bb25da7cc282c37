package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.CONTRIBUTION;
import static org.octopusdesk.persistence.generated.Tables.DONOR;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.persistence.generated.tables.records.DonorRecord;
import org.octopusdesk.service.donors.DonorRepository;

/** Donors in H2 through jOOQ. */
public final class JooqDonorRepository implements DonorRepository {

    private final DSLContext dsl;

    JooqDonorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Donor> findAll() {
        return dsl.selectFrom(DONOR).fetch(JooqDonorRepository::toDonor);
    }

    @Override
    public Optional<Donor> findById(DonorId id) {
        return findOne(DONOR.ID.eq(id.value()));
    }

    @Override
    public Optional<Donor> findByNameIgnoreCase(String name) {
        return findOne(DSL.upper(DONOR.NAME).eq(DSL.upper(DSL.val(name))));
    }

    private Optional<Donor> findOne(Condition condition) {
        return dsl.selectFrom(DONOR).where(condition).fetchOptional(JooqDonorRepository::toDonor);
    }

    @Override
    public Donor insert(DonorDraft draft, Instant now) {
        DonorRecord record = dsl.newRecord(DONOR);
        record.setName(draft.name());
        record.setKind(draft.kind().name());
        record.setCountry(draft.country());
        record.setContactNotes(draft.contactNotes());
        record.setVersion(0);
        record.setCreatedAt(Timestamps.utc(now));
        record.setUpdatedAt(Timestamps.utc(now));
        record.store();
        return toDonor(record);
    }

    @Override
    public Optional<Donor> update(DonorId id, int expectedVersion, DonorDraft draft, Instant now) {
        int rows = dsl.update(DONOR)
                .set(DONOR.NAME, draft.name())
                .set(DONOR.KIND, draft.kind().name())
                .set(DONOR.COUNTRY, draft.country())
                .set(DONOR.CONTACT_NOTES, draft.contactNotes())
                .set(DONOR.VERSION, DONOR.VERSION.plus(1))
                .set(DONOR.UPDATED_AT, Timestamps.utc(now))
                .where(DONOR.ID.eq(id.value()).and(DONOR.VERSION.eq(expectedVersion)))
                .execute();
        if (rows == 0) {
            return Optional.empty();
        }
        // Each pledge keeps its donor's name as the list's sort key (decision 0037): renamed in the same transaction.
        dsl.update(CONTRIBUTION).set(CONTRIBUTION.DONOR_NAME, draft.name())
                .where(CONTRIBUTION.DONOR_ID.eq(id.value()).and(CONTRIBUTION.DONOR_NAME.ne(draft.name())))
                .execute();
        return findById(id);
    }

    @Override
    public boolean delete(DonorId id, int expectedVersion) {
        return dsl.deleteFrom(DONOR).where(DONOR.ID.eq(id.value()).and(DONOR.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    @Override
    public int contributionCount(DonorId id) {
        return dsl.fetchCount(CONTRIBUTION, CONTRIBUTION.DONOR_ID.eq(id.value()));
    }

    private static Donor toDonor(DonorRecord record) {
        return new Donor(new DonorId(record.getId()), record.getName(), DonorKind.valueOf(record.getKind()),
                record.getCountry(), record.getContactNotes(), record.getVersion());
    }
}
