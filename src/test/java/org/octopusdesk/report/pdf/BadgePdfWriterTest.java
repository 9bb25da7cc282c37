package org.octopusdesk.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.octopusdesk.report.BadgeSheet;

class BadgePdfWriterTest {

    private static final String LONG_NAME = "María Alexandra Konstantinopoulou-Papadimitriou de Hohenzollern-"
            + "Sigmaringen y Borbón";
    private static final String ONE_LONG_WORD = "Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissen";

    @Test
    void everyLineOfEveryBadgeFitsItsBoxShortNamesBigLongOnesSmallerThenWrapped() throws Exception {
        try (PDDocument document = new PDDocument()) {
            ReportFonts fonts = new ReportFonts(document);
            List<BadgeSheet.Badge> badges = List.of(new BadgeSheet.Badge("Li Na", "MPS", "China"),
                    new BadgeSheet.Badge("Cristina Schulman", "Council of Europe", "France"),
                    new BadgeSheet.Badge(LONG_NAME, "Ministerio de Justicia y Derechos Humanos de la Nación, "
                            + "Dirección Nacional de Política Criminal en materia de Justicia y Legislación Penal",
                            "Bosnia and Herzegovina"),
                    new BadgeSheet.Badge(ONE_LONG_WORD, (ONE_LONG_WORD + " ").repeat(3), ONE_LONG_WORD));
            List<List<BadgeText>> laidOut = new ArrayList<>();
            for (BadgeSheet.Badge badge : badges) {
                List<BadgeText> texts = BadgePdfWriter.layout(badge, fonts);
                laidOut.add(texts);
                List<BadgeText.Rule> rules = List.of(BadgePdfWriter.NAME, BadgePdfWriter.ORGANISATION,
                        BadgePdfWriter.COUNTRY);
                for (int i = 0; i < texts.size(); i++) {
                    BadgeText text = texts.get(i);
                    var font = i == 1 ? fonts.regular : fonts.bold;
                    for (String line : text.lines()) {
                        assertThat(ReportFonts.width(font, text.size(), line)).as("%s at %s pt", line, text.size())
                                .isLessThanOrEqualTo(BadgePdfWriter.INNER_WIDTH);
                    }
                    assertThat(text.height()).isLessThanOrEqualTo(rules.get(i).height());
                }
            }
            // The inner width is the badge's less its padding: text never nears the cut.
            assertThat(BadgePdfWriter.INNER_WIDTH).isLessThan(BadgePdfWriter.BADGE_WIDTH - 30);
            assertThat(laidOut.get(0).get(0)).isEqualTo(new BadgeText(List.of("Li Na"), 24));
            BadgeText longName = laidOut.get(2).get(0);
            assertThat(longName.lines()).hasSizeBetween(2, 3);
            assertThat(longName.size()).isLessThan(24);
            assertThat(String.join(" ", longName.lines()).replace("- ", "-")).isEqualTo(LONG_NAME);
            assertThat(longName.lines()).anySatisfy(line -> assertThat(line).endsWith("-"));
            // A word wider than the badge at the smallest size is broken inside, never left to overflow.
            assertThat(String.join("", laidOut.get(3).get(0).lines())).isEqualTo(ONE_LONG_WORD);
            assertThat(laidOut.get(3).get(1).lines().get(1)).endsWith("\u2026");
        }
    }

    @Test
    void accentedNamesReadBackFromThePdfEightToAPage() throws Exception {
        List<BadgeSheet.Badge> badges = new ArrayList<>(List.of(
                new BadgeSheet.Badge("José Pérez", "Fiscalía General del Estado", "Spain"),
                new BadgeSheet.Badge("Zoë Ñúñez", "Policía Nacional", "Mexico"),
                new BadgeSheet.Badge("Łukasz Żółć", "Prokuratura Krajowa", "Poland"),
                new BadgeSheet.Badge("Ioana Ştefănescu", "Ministerul Justiției", "Romania"),
                new BadgeSheet.Badge("Søren Ærø", "", "Denmark")));
        for (int i = 1; i <= 4; i++) {
            badges.add(new BadgeSheet.Badge("Participant " + i, "Org " + i, "France"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int pages = new BadgePdfWriter().write(new BadgeSheet("Octopus Conference 2025", "en", badges), out);

        assertThat(pages).isEqualTo(2);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            assertThat(first).contains("José Pérez", "Zoë Ñúñez", "Łukasz Żółć", "Ioana Ştefănescu", "Søren Ærø",
                    "Fiscalía General del Estado", "Ministerul Justiției", "Octopus Conference 2025", "Poland")
                    .doesNotContain("Participant 4");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).contains("Participant 4");
        }
    }
}
