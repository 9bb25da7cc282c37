package org.octopusdesk.service.donors;

import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.service.NotFoundException;
import org.octopusdesk.service.StillReferencedException;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;

/** The use cases of donors: the list, and creating, changing and deleting one. */
public class DonorService {

    /** The record type of donors in the audit trail. */
    public static final String AUDIT_TYPE = "DONOR";

    private final DonorRepository donors;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;

    public DonorService(DonorRepository donors, Transactions transactions, Clock clock, Auditor auditor) {
        this.donors = donors;
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
    }

    /** Every donor by name, as people sort names (accents and case do not reorder them). */
    public List<Donor> list() {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        return transactions.inTransaction(() -> donors.findAll().stream()
                .sorted(Comparator.comparing(Donor::name, collator)).toList());
    }

    public Donor get(DonorId id) {
        return transactions.inTransaction(() -> require(id));
    }

    public Donor create(DonorDraft draft) {
        return transactions.inTransaction(() -> {
            ValidationException.throwIfAny(validate(draft, null));
            Donor created = donors.insert(draft, clock.instant());
            auditor.record(AUDIT_TYPE, key(created), AuditEntry.Action.CREATE, null, values(created));
            return created;
        });
    }

    public Donor update(DonorId id, int version, DonorDraft draft) {
        return transactions.inTransaction(() -> {
            Donor current = require(id);
            ValidationException.throwIfAny(validate(draft, id));
            Donor saved = donors.update(id, version, draft, clock.instant())
                    .orElseThrow(() -> auditor.conflict(current.name(), key(current), AUDIT_TYPE));
            auditor.record(AUDIT_TYPE, key(saved), AuditEntry.Action.UPDATE, values(current), values(saved));
            return saved;
        });
    }

    public void delete(DonorId id, int version) {
        transactions.inTransaction(() -> {
            Donor donor = require(id);
            int contributions = donors.contributionCount(id);
            if (contributions > 0) {
                throw new StillReferencedException("error.donor.hasContributions", donor.name(), contributions);
            }
            if (!donors.delete(id, version)) {
                throw auditor.conflict(donor.name(), key(donor), AUDIT_TYPE);
            }
            auditor.record(AUDIT_TYPE, key(donor), AuditEntry.Action.DELETE, values(donor), null);
        });
    }

    /** Every creation, change and deletion of the donor, oldest first; kept after the donor is deleted. */
    public List<AuditEntry> history(DonorId id) {
        return transactions.inTransaction(() -> auditor.history(AUDIT_TYPE, id.toString()));
    }

    private static String key(Donor donor) {
        return donor.id().toString();
    }

    private static Map<String, String> values(Donor donor) {
        Map<String, String> values = new LinkedHashMap<>();
        // Field names and coded values are message keys: each language shows the trail in its own words.
        values.put("donor.name", donor.name());
        values.put("donor.kind", donor.kind().messageKey());
        values.put("donor.country", donor.country());
        values.put("donor.contactNotes", donor.contactNotes());
        return values;
    }

    private Donor require(DonorId id) {
        return donors.findById(id).orElseThrow(() -> new NotFoundException(String.valueOf(id)));
    }

    private List<FieldError> validate(DonorDraft draft, DonorId self) {
        List<FieldError> errors = new ArrayList<>(draft.validate());
        if (!draft.name().isEmpty()) {
            Optional<Donor> holder = donors.findByNameIgnoreCase(draft.name());
            if (holder.isPresent() && !holder.get().id().equals(self)) {
                errors.add(FieldError.of(DonorDraft.NAME, "validation.donor.nameTaken", draft.name()));
            }
        }
        return errors;
    }
}
