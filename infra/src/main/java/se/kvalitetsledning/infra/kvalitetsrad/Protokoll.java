package se.kvalitetsledning.infra.kvalitetsrad;

import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

import se.kvalitetsledning.infra.dokument.PdfA;
import se.kvalitetsledning.infra.sammanstallning.Sammanstallningsvy;
import se.kvalitetsledning.infra.webb.Tidsformat;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteDetaljer;

/**
 * The minutes as PDF/A: who met, the notes and decisions, and the summary as it was frozen, with what it was built
 * from. Justerade minutes are dated by their justering and come out the same every time.
 */
@Component
class Protokoll {

    private final PdfA pdf;
    private final KvalitetsradsmoteTjanst tjanst;
    private final Tidsformat tidsformat;

    Protokoll(PdfA pdf, KvalitetsradsmoteTjanst tjanst, Tidsformat tidsformat) {
        this.pdf = pdf;
        this.tjanst = tjanst;
        this.tidsformat = tidsformat;
    }

    ResponseEntity<byte[]> svar(KvalitetsradsmoteDetaljer mote) {
        var context = new Context(Locale.forLanguageTag("sv-SE"));
        context.setVariable("m", mote);
        context.setVariable("tid", tidsformat);
        var underlag = tjanst.underlag(mote);
        context.setVariable("avsnitt", underlag.map(Sammanstallningsvy::avsnitt).orElse(List.of()));
        var datum = mote.justerat() ? mote.justering().tid() : mote.planerad();
        byte[] dokument = pdf.skriv("pdf/kvalitetsradsprotokoll", context, datum);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("kvalitetsrad-" + mote.datum() + ".pdf").build().toString())
                .body(dokument);
    }
}
