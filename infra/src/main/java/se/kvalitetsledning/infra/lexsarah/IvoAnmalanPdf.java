package se.kvalitetsledning.infra.lexsarah;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.dokument.PdfA;
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
    private final PdfA pdf;
    private final Tidsformat tidsformat;

    public IvoAnmalanPdf(PdfA pdf, Tidsformat tidsformat) {
        this.pdf = pdf;
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
        return pdf.skriv("pdf/ivo-anmalan", context, SvenskTid.dagensBorjan(anmalan.skickad()));
    }

    /** A supplement to an anmälan already sent. */
    public byte[] komplettering(String arende, String diarienummer, LocalDate skickad, String text, Anvandare av) {
        Context context = context(arende, diarienummer);
        context.setVariable("skickad", skickad);
        context.setVariable("text", text);
        context.setVariable("av", av);
        return pdf.skriv("pdf/ivo-komplettering", context, SvenskTid.dagensBorjan(skickad));
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
}
