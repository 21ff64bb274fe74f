package se.kvalitetsledning.infra.kvalitetsberattelse;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.kvalitetsledning.infra.api.Versioner;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.kvalitetsberattelse.Avsnitt;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseDetaljer;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseId;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseRad;

/**
 * Kvalitetsberättelser: the draft of a year and a scope, its narrative per section and comments per table,
 * regenerating its numbers, fastställande, a new edition to correct a fastställd one, and the DOCX and PDF.
 */
@RestController
@RequestMapping("/api/kvalitetsberattelser")
class KvalitetsberattelseApi {

    private static final String IF_MATCH = "If-Match";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final KvalitetsberattelseTjanst tjanst;
    private final KvalitetsberattelseDocx docx;
    private final KvalitetsberattelsePdf pdf;

    KvalitetsberattelseApi(KvalitetsberattelseTjanst tjanst, KvalitetsberattelseDocx docx,
                           KvalitetsberattelsePdf pdf) {
        this.tjanst = tjanst;
        this.docx = docx;
        this.pdf = pdf;
    }

    @PostMapping(consumes = JSON)
    ResponseEntity<KvalitetsberattelseApiBegaran.Skapad> skapa(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                                               @Valid @RequestBody KvalitetsberattelseApiBegaran.Ny b) {
        KvalitetsberattelseId id = tjanst.skapa(anvandare.aktor(), b.ar(), b.omfang());
        return ResponseEntity.created(URI.create("/api/kvalitetsberattelser/" + id))
                .eTag(Versioner.etag(0))
                .body(new KvalitetsberattelseApiBegaran.Skapad(id.toString(), 0));
    }

    /** Every kvalitetsberättelse, the latest year first. */
    @GetMapping
    List<KvalitetsberattelseRad> lista(@AuthenticationPrincipal InloggadAnvandare anvandare) {
        return tjanst.lista(anvandare.aktor());
    }

    @GetMapping("/{id}")
    ResponseEntity<KvalitetsberattelseDetaljer> hamta(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                                      @PathVariable KvalitetsberattelseId id) {
        KvalitetsberattelseDetaljer berattelse = tjanst.krav(anvandare.aktor(), id);
        return ResponseEntity.ok().eTag(Versioner.etag(berattelse.version())).body(berattelse);
    }

    /**
     * The numbers rebuilt from the events as they stood at {@code datum} (a date: the end of that day; or a time with
     * offset), and which tables differ from the current edition's. The request waits for a replay of the store up to
     * then (about 500 events a second on the embedded server).
     */
    @GetMapping("/{id}/per")
    KvalitetsberattelsePer per(@AuthenticationPrincipal InloggadAnvandare anvandare,
                               @PathVariable KvalitetsberattelseId id, @RequestParam String datum) {
        return tjanst.per(anvandare.aktor(), id, datum);
    }

    /** Generates the numbers again from the record as it is now; the narrative and the comments stay. */
    @PostMapping(path = "/{id}/omgenerering", consumes = JSON)
    KvalitetsberattelseApiBegaran.Utford genereraOm(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                                    @PathVariable KvalitetsberattelseId id,
                                                    @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                    @RequestBody(required = false)
                                                    KvalitetsberattelseApiBegaran.Versionerad b) {
        return utford(id, tjanst.genereraOm(anvandare.aktor(), id, Versioner.kravd(ifMatch, version(b))));
    }

    @PutMapping(path = "/{id}/avsnitt/{avsnitt}", consumes = JSON)
    KvalitetsberattelseApiBegaran.Utford skrivText(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                                   @PathVariable KvalitetsberattelseId id,
                                                   @PathVariable Avsnitt avsnitt,
                                                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                   @Valid @RequestBody KvalitetsberattelseApiBegaran.Text b) {
        return utford(id, tjanst.skrivText(anvandare.aktor(), id, Versioner.kravd(ifMatch, b.version()), avsnitt,
                b.text()));
    }

    @PutMapping(path = "/{id}/kommentarer/{tabell}", consumes = JSON)
    KvalitetsberattelseApiBegaran.Utford kommentera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                                    @PathVariable KvalitetsberattelseId id,
                                                    @PathVariable String tabell,
                                                    @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                    @Valid @RequestBody KvalitetsberattelseApiBegaran.Kommentar b) {
        return utford(id, tjanst.kommentera(anvandare.aktor(), id, Versioner.kravd(ifMatch, b.version()), tabell,
                b.kommentar()));
    }

    /** Ledning fastställer the current edition; from then on nothing in it changes. */
    @PostMapping(path = "/{id}/faststallande", consumes = JSON)
    KvalitetsberattelseApiBegaran.Utford faststall(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                                   @PathVariable KvalitetsberattelseId id,
                                                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                   @RequestBody(required = false)
                                                   KvalitetsberattelseApiBegaran.Versionerad b) {
        return utford(id, tjanst.faststall(anvandare.aktor(), id, Versioner.kravd(ifMatch, version(b))));
    }

    /** Corrects a fastställd berättelse in a new draft edition; the fastställd one stays as it was. */
    @PostMapping(path = "/{id}/utgavor", consumes = JSON)
    KvalitetsberattelseApiBegaran.Utford nyUtgava(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                                  @PathVariable KvalitetsberattelseId id,
                                                  @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                  @Valid @RequestBody KvalitetsberattelseApiBegaran.NyUtgava b) {
        return utford(id, tjanst.nyUtgava(anvandare.aktor(), id, Versioner.kravd(ifMatch, b.version()),
                b.anledning()));
    }

    /** The current edition as a Word document, or with {@code utgava} an earlier one as it was fastställd. */
    @GetMapping(path = "/{id}/berattelse.docx", produces = DOCX)
    ResponseEntity<byte[]> docx(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                @PathVariable KvalitetsberattelseId id,
                                @RequestParam(required = false) Integer utgava) {
        KvalitetsberattelseDetaljer berattelse = tjanst.utgava(anvandare.aktor(), id, utgava);
        return fil(docx.skapa(berattelse), filnamn(berattelse, "docx"),
                MediaType.parseMediaType(DOCX));
    }

    /** The current edition as PDF, or with {@code utgava} an earlier one as it was fastställd. */
    @GetMapping(path = "/{id}/berattelse.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal InloggadAnvandare anvandare,
                               @PathVariable KvalitetsberattelseId id,
                               @RequestParam(required = false) Integer utgava) {
        KvalitetsberattelseDetaljer berattelse = tjanst.utgava(anvandare.aktor(), id, utgava);
        return fil(pdf.skapa(berattelse), filnamn(berattelse, "pdf"),
                MediaType.APPLICATION_PDF);
    }

    private static String filnamn(KvalitetsberattelseDetaljer berattelse, String typ) {
        return "kvalitetsberattelse-%d-%s-utgava-%d.%s".formatted(berattelse.ar(), berattelse.omfang().id(),
                berattelse.utgava(), typ);
    }

    private static ResponseEntity<byte[]> fil(byte[] innehall, String namn, MediaType typ) {
        return ResponseEntity.ok()
                .contentType(typ)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(namn).build()
                        .toString())
                .body(innehall);
    }

    private static Long version(KvalitetsberattelseApiBegaran.Versionerad b) {
        return b == null ? null : b.version();
    }

    private static KvalitetsberattelseApiBegaran.Utford utford(KvalitetsberattelseId id, long version) {
        return new KvalitetsberattelseApiBegaran.Utford(id.toString(), version);
    }
}
