package org.octopusdesk.domain.country;

/** How a State became bound: ratification (acceptance and approval count as such) after signing, or accession. */
public enum DepositKind {
    RATIFICATION,
    ACCESSION;

    public String messageKey() {
        return "depositKind." + name();
    }
}
