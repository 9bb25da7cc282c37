package org.octopusdesk.report.conference;

import java.nio.file.Path;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.Participant;
import org.octopusdesk.report.BadgeSheet;
import org.octopusdesk.report.ReportFiles;
import org.octopusdesk.report.pdf.BadgePdfWriter;
import org.octopusdesk.service.conferences.ConferenceService;
import org.octopusdesk.service.countries.CountryService;

/**
 * The name badges of an edition as a PDF: every participant whose details are kept, by name in the language's
 * order. An edition without any is refused before a file is opened, so no empty PDF is ever left behind.
 */
public final class Badges {

    private final ConferenceService conferences;
    private final CountryService countries;

    public Badges(ConferenceService conferences, CountryService countries) {
        this.conferences = conferences;
        this.countries = countries;
    }

    /** The badges of the edition of {@code year}, country names in {@code language}. */
    public BadgeSheet sheet(int year, String language) {
        Conference edition = conferences.ofYear(year);
        Locale locale = Locale.forLanguageTag(language);
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        // Erased rows have no name to print: they only count.
        List<BadgeSheet.Badge> badges = conferences.participants().list(edition.id()).stream()
                .filter(participant -> !participant.erased())
                .sorted(Comparator.comparing(Participant::name, collator))
                .map(participant -> new BadgeSheet.Badge(participant.name(), participant.organisation(),
                        countries.find(participant.country()).map(country -> country.name(locale))
                                .orElse(participant.country())))
                .toList();
        if (badges.isEmpty()) {
            throw new DomainException("error.badges.none", Integer.toString(year));
        }
        return new BadgeSheet(edition.title(), language, badges);
    }

    /** Writes the edition's badges to {@code file} (whole or not at all) and answers the page count. */
    public int write(int year, String language, Path file) {
        BadgeSheet sheet = sheet(year, language);
        return ReportFiles.writeAtomically(file, out -> new BadgePdfWriter().write(sheet, out));
    }
}
