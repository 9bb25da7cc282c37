package org.octopusdesk.service.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.meeting.BureauMember;
import org.octopusdesk.domain.meeting.BureauMemberDraft;
import org.octopusdesk.domain.meeting.BureauMemberId;
import org.octopusdesk.domain.meeting.BureauRole;
import org.octopusdesk.service.NotFoundException;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;
import org.octopusdesk.service.countries.CountryService;

/**
 * The Bureau's composition over time: who held which seat for which country and term. Names are kept because the
 * composition is part of the committee's public record; a seat can be deleted when a person asks to be erased.
 */
public class BureauService {

    public static final String AUDIT_TYPE = "BUREAU_MEMBER";

    private final BureauRepository members;
    private final CountryService countries;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;

    public BureauService(BureauRepository members, CountryService countries, Transactions transactions, Clock clock,
            Auditor auditor) {
        this.members = members;
        this.countries = countries;
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
    }

    /** Every seat ever recorded, the latest term first. */
    public List<BureauMember> history() {
        return transactions.inTransaction(members::findAll);
    }

    /** The seats held on {@code date}: the chair, then vice-chairs, then members, each by name. */
    public List<BureauMember> compositionOn(LocalDate date) {
        return transactions.inTransaction(() -> members.findAll().stream()
                .filter(member -> member.details().heldOn(date))
                .sorted(Comparator.comparing((BureauMember member) -> member.details().role())
                        .thenComparing(member -> member.details().personName()))
                .toList());
    }

    public BureauMember add(BureauMemberDraft draft) {
        return transactions.inTransaction(() -> {
            ValidationException.throwIfAny(validate(draft, null));
            BureauMember created = members.insert(draft, clock.instant());
            auditor.record(AUDIT_TYPE, key(created), AuditEntry.Action.CREATE, null, values(created.details()));
            return created;
        });
    }

    public BureauMember update(BureauMemberId id, BureauMemberDraft draft) {
        return transactions.inTransaction(() -> {
            BureauMember current = require(id);
            ValidationException.throwIfAny(validate(draft, id));
            members.update(id, draft, clock.instant());
            BureauMember saved = require(id);
            auditor.record(AUDIT_TYPE, key(saved), AuditEntry.Action.UPDATE, values(current.details()),
                    values(saved.details()));
            return saved;
        });
    }

    public void delete(BureauMemberId id) {
        transactions.inTransaction(() -> {
            BureauMember member = require(id);
            members.delete(id);
            auditor.record(AUDIT_TYPE, key(member), AuditEntry.Action.DELETE, values(member.details()), null);
        });
    }

    private List<FieldError> validate(BureauMemberDraft draft, BureauMemberId self) {
        List<FieldError> errors = new ArrayList<>(draft.validate());
        if (draft.countryCode() != null && !draft.countryCode().isBlank()
                && countries.find(draft.countryCode()).isEmpty()) {
            errors.add(FieldError.of(BureauMemberDraft.COUNTRY, "validation.country.unknown", draft.countryCode()));
        }
        if (errors.isEmpty() && draft.role() == BureauRole.CHAIR) {
            // The Bureau has one chair at a time: a second one in the same days is a typing error or a missing end.
            Optional<BureauMember> other = members.findAll().stream()
                    .filter(member -> !member.id().equals(self) && member.details().role() == BureauRole.CHAIR)
                    .filter(member -> member.details().overlaps(draft)).findFirst();
            other.ifPresent(chair -> errors.add(FieldError.of(BureauMemberDraft.FROM, "validation.bureau.twoChairs",
                    chair.details().personName(), chair.details().from(),
                    chair.details().to() == null ? "…" : chair.details().to())));
        }
        return errors;
    }

    private BureauMember require(BureauMemberId id) {
        return members.findById(id).orElseThrow(() -> new NotFoundException(id.toString()));
    }

    /** "CHAIR #3": the seat and its identity; the name is in the values, where it can be read. */
    private static String key(BureauMember member) {
        return member.details().role() + " #" + member.id();
    }

    private static Map<String, String> values(BureauMemberDraft details) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("bureau.role", details.role().messageKey());
        values.put("bureau.person", details.personName());
        values.put("bureau.country", details.countryCode());
        values.put("bureau.from", details.from().toString());
        values.put("bureau.to", details.to() == null ? "" : details.to().toString());
        values.put("bureau.note", details.note());
        return values;
    }
}
