package org.octopusdesk.service.donors;

import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.service.ConcurrentEditException;
import org.octopusdesk.service.NotFoundException;
import org.octopusdesk.service.Transactions;

/** The use cases of donors: the list, and creating, changing and deleting one. */
public class DonorService {

    private final DonorRepository donors;
    private final Transactions transactions;
    private final Clock clock;

    public DonorService(DonorRepository donors, Transactions transactions, Clock clock) {
        this.donors = donors;
        this.transactions = transactions;
        this.clock = clock;
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
            return donors.insert(draft, clock.instant());
        });
    }

    public Donor update(DonorId id, int version, DonorDraft draft) {
        return transactions.inTransaction(() -> {
            Donor current = require(id);
            ValidationException.throwIfAny(validate(draft, id));
            return donors.update(id, version, draft, clock.instant())
                    .orElseThrow(() -> new ConcurrentEditException(current.name()));
        });
    }

    public void delete(DonorId id, int version) {
        transactions.inTransaction(() -> {
            Donor donor = require(id);
            if (!donors.delete(id, version)) {
                throw new ConcurrentEditException(donor.name());
            }
        });
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
