package se.kvalitetsledning.infra.sammanstallning;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

import se.kvalitetsledning.infra.dokument.PdfA;
import se.kvalitetsledning.infra.webb.Tidsformat;

/** The summary as a PDF/A for the kvalitetsråd's minutes: the same parts and tables as the page, dated when built. */
@Component
class ManadssammanstallningDokument {

    private final PdfA pdf;
    private final Tidsformat tidsformat;

    ManadssammanstallningDokument(PdfA pdf, Tidsformat tidsformat) {
        this.pdf = pdf;
        this.tidsformat = tidsformat;
    }

    byte[] pdf(Manadssammanstallning sammanstallning) {
        var context = new Context(Locale.forLanguageTag("sv-SE"));
        context.setVariable("s", sammanstallning);
        context.setVariable("avsnitt", Sammanstallningsvy.avsnitt(sammanstallning));
        context.setVariable("tid", tidsformat);
        return pdf.skriv("pdf/manadssammanstallning", context, sammanstallning.byggd());
    }
}
