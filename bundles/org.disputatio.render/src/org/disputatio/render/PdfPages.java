// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/** Adds pages to a PDF document, each drawn on a {@link PdfSurface} in y-down units of points. */
final class PdfPages {

    interface Content {
        void draw(PdfSurface surface, PDPageContentStream stream) throws IOException;
    }

    private final PDDocument document;
    private final PdfSurface.Fonts fonts;

    PdfPages(PDDocument document) throws IOException {
        this.document = document;
        this.fonts = new PdfSurface.Fonts(document);
    }

    PdfSurface.Fonts fonts() {
        return fonts;
    }

    PDPage page(double width, double height, Content content) throws IOException {
        PDPage page = new PDPage(new PDRectangle((float) width, (float) height));
        document.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            // PDF's y grows upwards; the painter's downwards.
            stream.transform(new Matrix(1, 0, 0, -1, 0, (float) height));
            content.draw(new PdfSurface(stream, fonts), stream);
        }
        return page;
    }
}
