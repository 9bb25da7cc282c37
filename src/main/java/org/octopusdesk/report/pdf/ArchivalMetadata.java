package org.octopusdesk.report.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.octopusdesk.report.ReportDocument;

/**
 * What makes a report PDF/A-1b, an archive copy a donor can open in twenty years: the same title, author, subject
 * and dates in the document information and in XMP metadata, the PDF/A identification, the language, and an sRGB
 * output intent (the profile the JDK itself ships, so none is downloaded or bundled).
 */
final class ArchivalMetadata {

    static final String PRODUCER = "Octopus Desk (Apache PDFBox)";

    private ArchivalMetadata() {
    }

    static void apply(PDDocument document, ReportDocument report, String version) throws IOException {
        Calendar created = GregorianCalendar.from(report.generatedAt().atZone(TimeZone.getDefault().toZoneId()));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(report.title());
        info.setAuthor(report.labels().author());
        info.setSubject(report.subject());
        info.setCreator("Octopus Desk " + version);
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(report.language());
        catalog.setMetadata(xmp(document, report, info, created));
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(
                ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    private static PDMetadata xmp(PDDocument document, ReportDocument report, PDDocumentInformation info,
            Calendar created) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(info.getTitle());
        dublinCore.addCreator(info.getAuthor());
        dublinCore.addDescription(null, info.getSubject());
        dublinCore.addLanguage(report.language());
        dublinCore.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(info.getCreator());
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(info.getProducer());
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        try {
            pdfa.setPart(1);
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (TransformerException e) {
            throw new IOException(e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(bytes.toByteArray());
        return metadata;
    }
}
