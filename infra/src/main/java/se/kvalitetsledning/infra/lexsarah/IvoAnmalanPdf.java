package se.kvalitetsledning.infra.lexsarah;

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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.webb.Tidsformat;
import se.kvalitetsledning.lexsarah.IvoAnmalan;
import se.kvalitetsledning.lexsarah.LexSarahUtredning;

/**
 * The lex Sarah anmälan to IVO and its supplements as PDF/A-3u documents laid out after IVO's form. The same input
 * gives the same bytes: a sent anmälan is produced again from its stored record, so nothing may come from the clock.
 */
@Component
public class IvoAnmalanPdf {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
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
    private final Tidsformat tidsformat;
    private final byte[] fargprofil = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final byte[] normal = typsnitt("LiberationSans-Regular.ttf");
    private final byte[] fet = typsnitt("LiberationSans-Bold.ttf");

    public IvoAnmalanPdf(ITemplateEngine mallar, Tidsformat tidsformat) {
        this.mallar = mallar;
        this.tidsformat = tidsformat;
    }

    /** The anmälan; {@code utkast} marks a preview that has not been sent. */
    public byte[] anmalan(IvoAnmalan anmalan, String arende, String diarienummer, boolean utkast) {
        Context context = context(arende, diarienummer);
        context.setVariable("a", anmalan);
        context.setVariable("utkast", utkast);
        context.setVariable("tid", tidsformat);
        context.setVariable("handelsetyper", sorterade(anmalan.handelsetyper()));
        LexSarahUtredning utredning = anmalan.utredning();
        context.setVariable("u", utredning);
        if (utredning != null) {
            context.setVariable("utredningensHandelsetyper", sorterade(utredning.handelsetyper()));
            context.setVariable("orsaksomraden", sorterade(utredning.orsaksomraden()));
            context.setVariable("bakomliggandeOrsaker", sorterade(utredning.bakomliggandeOrsaker()));
        }
        return pdf("pdf/ivo-anmalan", context, SvenskTid.dagensBorjan(anmalan.skickad()));
    }

    /** A supplement to an anmälan already sent. */
    public byte[] komplettering(String arende, String diarienummer, LocalDate skickad, String text, Anvandare av) {
        Context context = context(arende, diarienummer);
        context.setVariable("skickad", skickad);
        context.setVariable("text", text);
        context.setVariable("av", av);
        return pdf("pdf/ivo-komplettering", context, SvenskTid.dagensBorjan(skickad));
    }

    private static Context context(String arende, String diarienummer) {
        Context context = new Context(SVENSKA);
        context.setVariable("arende", arende);
        context.setVariable("diarienummer", diarienummer);
        return context;
    }

    /** Sets iterate in a different order in every JVM; the document may not. */
    private static <E extends Enum<E>> List<E> sorterade(Set<E> varden) {
        return varden.stream().sorted().toList();
    }

    private byte[] pdf(String mall, Context context, Instant skapad) {
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
        try (InputStream in = IvoAnmalanPdf.class.getResourceAsStream("/liberation/" + fil)) {
            if (in == null) {
                throw new IllegalStateException("Typsnittet saknas: " + fil);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
