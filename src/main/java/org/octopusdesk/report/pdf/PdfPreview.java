package org.octopusdesk.report.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A written report opened for the preview: PDFBox draws each page as a picture at the size the screen wants. */
public final class PdfPreview implements AutoCloseable {

    /** The A4 width in points: a page drawn at scale 1 is this many pixels wide. */
    public static final float PAGE_WIDTH = PageCanvas.A4.getWidth();

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPreview(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    public static PdfPreview open(Path file) {
        try {
            return new PdfPreview(Loader.loadPDF(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (from 0) drawn {@code scale} times its size in points. */
    public synchronized BufferedImage render(int index, float scale) {
        try {
            return renderer.renderImage(index, scale, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
