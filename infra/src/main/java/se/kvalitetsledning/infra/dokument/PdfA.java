package se.kvalitetsledning.infra.dokument;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import java.util.regex.Pattern;

import javax.xml.transform.TransformerException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import se.kvalitetsledning.gemensamt.SvenskTid;

/**
 * Renders a Thymeleaf template as a PDF/A-3u document in Liberation Sans. The same input gives the same bytes: the
 * dates come from the caller and the document id from the content, never from the clock.
 */
@Component
public class PdfA {

    private static final String TYPSNITT = "Liberation Sans";
    private static final String PRODUCENT = "Kvalitetsledning";
    /** XML 1.0 has no place for these, and openhtmltopdf reads the page as XML. */
    private static final Pattern OGILTIGA_XML_TECKEN =
            Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    static {
        // openhtmltopdf writes its progress notes to standard error by default; this keeps only its warnings and
        // hands them to the parent loggers, so to the application's log (a StreamHandler without a stream is silent)
        XRLog.setLoggerImpl(new JDKXRLogger(true, Level.WARNING, new StreamHandler(), new SimpleFormatter()));
    }

    private final ITemplateEngine mallar;
    private final byte[] fargprofil = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final byte[] normal = typsnitt("LiberationSans-Regular.ttf");
    private final byte[] fet = typsnitt("LiberationSans-Bold.ttf");

    public PdfA(ITemplateEngine mallar) {
        this.mallar = mallar;
    }

    /** The template {@code mall} with the context's variables, dated {@code skapad}. */
    public byte[] skriv(String mall, Context context, Instant skapad) {
        String html = OGILTIGA_XML_TECKEN.matcher(mallar.process(mall, context)).replaceAll("");
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePdfAConformance(PdfAConformance.PDFA_3_U)
                .useColorProfile(fargprofil)
                .withProducer(PRODUCENT)
                .useFont(() -> new ByteArrayInputStream(normal), TYPSNITT, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(fet), TYPSNITT, 700, FontStyle.NORMAL, true)
                .withHtmlContent(html, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
             PDDocument dokument = renderer.createPDFKeepOpen()) {
            faststall(dokument, skapad, html);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            dokument.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces what openhtmltopdf and PDFBox take from the clock: the dates (in the information dictionary and in
     * the XMP metadata, which PDF/A requires to agree) and the document id, here derived from the content.
     */
    private static void faststall(PDDocument dokument, Instant skapad, String html) throws IOException {
        Calendar tid = GregorianCalendar.from(skapad.atZone(SvenskTid.ZON));
        PDDocumentInformation info = dokument.getDocumentInformation();
        info.setCreationDate(tid);
        info.setModificationDate(tid);
        dokument.getDocumentCatalog().getMetadata().importXMPMetadata(xmp(info));
        COSString id = new COSString(Arrays.copyOf(sha256(html), 16));
        dokument.getDocument().setDocumentID(new COSArray(List.of(id, id)));
    }

    private static byte[] xmp(PDDocumentInformation info) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            var pdfa = xmp.createAndAddPDFAIdentificationSchema();
            pdfa.setPart(PdfAConformance.PDFA_3_U.getPart());
            pdfa.setConformance(PdfAConformance.PDFA_3_U.getConformanceValue());
            var dc = xmp.createAndAddDublinCoreSchema();
            dc.setFormat("application/pdf");
            dc.setTitle(info.getTitle());
            var grund = xmp.createAndAddXMPBasicSchema();
            grund.setCreateDate(info.getCreationDate());
            grund.setModifyDate(info.getModificationDate());
            xmp.createAndAddAdobePDFSchema().setProducer(info.getProducer());
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, ut, true);
            return ut.toByteArray();
        } catch (BadFieldValueException | TransformerException e) {
            throw new IOException("XMP-metadata kunde inte skapas", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] typsnitt(String fil) {
        try (InputStream in = PdfA.class.getResourceAsStream("/liberation/" + fil)) {
            if (in == null) {
                throw new IllegalStateException("Typsnittet saknas: " + fil);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
