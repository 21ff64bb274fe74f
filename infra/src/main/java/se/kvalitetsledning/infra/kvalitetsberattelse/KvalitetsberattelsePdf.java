package se.kvalitetsledning.infra.kvalitetsberattelse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseDetaljer;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseDetaljer.Tabellvy;

/**
 * The kvalitetsberättelse as PDF for the nämnd: a first page with a table of contents whose page numbers the
 * renderer fills in, every section with its narrative, tables and charts (as embedded PNG), bookmarks, and
 * "Sida n av m" on every page.
 */
@Component
class KvalitetsberattelsePdf {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    private static final String TYPSNITT = "Liberation Sans";
    /** XML 1.0 has no place for these, and openhtmltopdf reads the page as XML. */
    private static final Pattern OGILTIGA_XML_TECKEN =
            Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private final ITemplateEngine mallar;
    private final Kvalitetsdiagram diagram;
    private final byte[] normal = typsnitt("LiberationSans-Regular.ttf");
    private final byte[] fet = typsnitt("LiberationSans-Bold.ttf");

    KvalitetsberattelsePdf(ITemplateEngine mallar, Kvalitetsdiagram diagram) {
        this.mallar = mallar;
        this.diagram = diagram;
    }

    byte[] skapa(KvalitetsberattelseDetaljer berattelse) {
        Context context = new Context(SVENSKA);
        context.setVariable("b", berattelse);
        context.setVariable("titel", Kvalitetsdokument.titel(berattelse));
        context.setVariable("omfang", berattelse.omfangsnamn());
        context.setVariable("status", Kvalitetsdokument.status(berattelse));
        context.setVariable("dokument", new Kvalitetsdokument.Stycken());
        context.setVariable("diagram", diagram(berattelse));
        String html = OGILTIGA_XML_TECKEN.matcher(mallar.process("pdf/kvalitetsberattelse", context)).replaceAll("");
        try (ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            new PdfRendererBuilder()
                    .useFont(() -> new ByteArrayInputStream(normal), TYPSNITT, 400, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(fet), TYPSNITT, 700, FontStyle.NORMAL, true)
                    .withHtmlContent(html, null)
                    .toStream(ut)
                    .run();
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Table key → its chart, for the tables that have one. */
    private Map<String, Kvalitetsdiagram.Diagram> diagram(KvalitetsberattelseDetaljer berattelse) {
        return berattelse.avsnitt().stream()
                .flatMap(a -> a.tabeller().stream())
                .map(Tabellvy::tabell)
                .flatMap(t -> diagram.av(t).stream())
                .collect(Collectors.toMap(Kvalitetsdiagram.Diagram::tabell, d -> d, (a, b) -> a));
    }

    private static byte[] typsnitt(String fil) {
        try (InputStream in = KvalitetsberattelsePdf.class.getResourceAsStream("/liberation/" + fil)) {
            if (in == null) {
                throw new IllegalStateException("Typsnittet saknas: " + fil);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
