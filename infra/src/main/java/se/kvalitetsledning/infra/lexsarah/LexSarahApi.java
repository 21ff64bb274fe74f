package se.kvalitetsledning.infra.lexsarah;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.infra.api.Versioner;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.lexsarah.LexSarahDetaljer;
import se.kvalitetsledning.lexsarah.LexSarahId;
import se.kvalitetsledning.lexsarah.LexSarahRad;
import se.kvalitetsledning.lexsarah.MinLexSarahRapport;

/**
 * The lex Sarah API: one endpoint per command, and the reads. A case is open only to its utredare and the
 * förvaltning's kvalitetssamordnare and ledning (403 to others); the reporter sees their receipt under /mina.
 */
@RestController
@RequestMapping("/api/lex-sarah")
class LexSarahApi {

    private static final String IF_MATCH = "If-Match";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String AR_REGEL = "Året ska vara 2000–2100";

    private final LexSarahTjanst tjanst;
    private final LexSarahHandlaggning handlaggning;
    private final AttGora attGora;
    private final IvoAnmalningar anmalningar;

    LexSarahApi(LexSarahTjanst tjanst, LexSarahHandlaggning handlaggning, AttGora attGora,
                IvoAnmalningar anmalningar) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
        this.attGora = attGora;
        this.anmalningar = anmalningar;
    }

    @PostMapping(consumes = JSON)
    ResponseEntity<LexSarahApiBegaran.Skapad> rapportera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                                         @Valid @RequestBody NyLexSarahRapport ny) {
        LexSarahId id = tjanst.rapportera(anvandare.aktor(), ny);
        return ResponseEntity.created(URI.create("/api/lex-sarah/" + id))
                .body(new LexSarahApiBegaran.Skapad(id.toString()));
    }

    /** The whole case; every call is recorded in the case's view log. */
    @GetMapping("/{id}")
    ResponseEntity<LexSarahDetaljer> hamta(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                           @PathVariable LexSarahId id) {
        LexSarahDetaljer arende = tjanst.visa(anvandare.aktor(), id, "API");
        return ResponseEntity.ok().eTag(Versioner.etag(arende.version())).body(arende);
    }

    /** Who opened the case and when; for the förvaltning's kvalitetssamordnare. */
    @GetMapping("/{id}/visningar")
    List<Visningslogg.Visning> visningar(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                         @PathVariable LexSarahId id) {
        LexSarahDetaljer arende = tjanst.krav(anvandare.aktor(), id);
        return tjanst.visningar(anvandare.aktor(), arende).orElseThrow(() -> new BehorighetSaknas(
                "Visningsloggen är öppen bara för förvaltningens kvalitetssamordnare"));
    }

    /** The open cases the caller answers for, the most urgent first; or, with {@code ar}, the year's register. */
    @GetMapping
    List<LexSarahRad> lista(@AuthenticationPrincipal InloggadAnvandare anvandare,
                            @RequestParam(required = false) @Min(value = 2000, message = AR_REGEL)
                            @Max(value = 2100, message = AR_REGEL) Integer ar) {
        return ar == null ? tjanst.oppna(anvandare.aktor()) : tjanst.register(anvandare.aktor(), ar);
    }

    /** What the caller reported: received, and whether it is closed; not the investigation. */
    @GetMapping("/mina")
    List<MinLexSarahRapport> mina(@AuthenticationPrincipal InloggadAnvandare anvandare) {
        return tjanst.minaRapporter(anvandare.aktor());
    }

    @GetMapping("/att-gora")
    List<AttGora.Uppgift> attGora(@AuthenticationPrincipal InloggadAnvandare anvandare) {
        return attGora.uppgifter(anvandare.aktor());
    }

    /** The anmälan as sent to IVO, or before it is sent a draft of the case as it stands. */
    @GetMapping(path = "/{id}/anmalan.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> anmalanPdf(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                      @PathVariable LexSarahId id) {
        return pdf("lex-sarah-anmalan-" + id + ".pdf", anmalningar.anmalan(anvandare.aktor(), id));
    }

    @GetMapping(path = "/{id}/kompletteringar/{nummer}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> kompletteringPdf(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                            @PathVariable LexSarahId id, @PathVariable int nummer) {
        return pdf("lex-sarah-komplettering-" + nummer + "-" + id + ".pdf",
                anmalningar.komplettering(anvandare.aktor(), id, nummer));
    }

    @PostMapping(path = "/{id}/omedelbara-atgarder", consumes = JSON)
    LexSarahApiBegaran.Utford omedelbaraAtgarder(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                                 @PathVariable LexSarahId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                 @Valid @RequestBody LexSarahApiBegaran.Text b) {
        return utford(id, handlaggning.registreraOmedelbaraAtgarder(id, Versioner.kravd(ifMatch, b.version()),
                anvandare.aktor(), b.text()));
    }

    @PostMapping(path = "/{id}/omedelbara-atgarder/ej-behovliga", consumes = JSON)
    LexSarahApiBegaran.Utford ejBehovliga(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                          @PathVariable LexSarahId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody LexSarahApiBegaran.Text b) {
        return utford(id, handlaggning.omedelbaraAtgarderEjBehovliga(id, Versioner.kravd(ifMatch, b.version()),
                anvandare.aktor(), b.text()));
    }

    @PostMapping(path = "/{id}/utredare", consumes = JSON)
    LexSarahApiBegaran.Utford utredare(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                       @PathVariable LexSarahId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody LexSarahApiBegaran.Utredare b) {
        return utford(id, handlaggning.tilldelaUtredare(id, Versioner.kravd(ifMatch, b.version()),
                anvandare.aktor(), b.utredare()));
    }

    @PostMapping(path = "/{id}/utredning", consumes = JSON)
    LexSarahApiBegaran.Utford utredning(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                        @PathVariable LexSarahId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody LexSarahApiBegaran.Utredning b) {
        return utford(id, handlaggning.utred(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.utredning()));
    }

    @PostMapping(path = "/{id}/bedomning", consumes = JSON)
    LexSarahApiBegaran.Utford bedomning(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                        @PathVariable LexSarahId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody LexSarahApiBegaran.Bedomning b) {
        return utford(id, handlaggning.bedom(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(), b.niva(),
                b.motivering()));
    }

    @PostMapping(path = "/{id}/anmalan", consumes = JSON)
    LexSarahApiBegaran.Utford anmalan(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                      @PathVariable LexSarahId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                      @Valid @RequestBody LexSarahApiBegaran.Anmalan b) {
        return utford(id, handlaggning.anmalTillIvo(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.skickad(), b.diarienummer()));
    }

    @PostMapping(path = "/{id}/anmalan/diarienummer", consumes = JSON)
    LexSarahApiBegaran.Utford diarienummer(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                           @PathVariable LexSarahId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody LexSarahApiBegaran.Diarienummer b) {
        return utford(id, handlaggning.registreraDiarienummer(id, Versioner.kravd(ifMatch, b.version()),
                anvandare.aktor(), b.diarienummer()));
    }

    @PostMapping(path = "/{id}/anmalan/komplettering", consumes = JSON)
    LexSarahApiBegaran.Utford komplettering(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                            @PathVariable LexSarahId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody LexSarahApiBegaran.Komplettering b) {
        return utford(id, handlaggning.komplettera(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.text(), b.skickad()));
    }

    @PostMapping(path = "/{id}/avslut", consumes = JSON)
    LexSarahApiBegaran.Utford avsluta(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                      @PathVariable LexSarahId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                      @Valid @RequestBody(required = false) LexSarahApiBegaran.Avslut b) {
        return utford(id, handlaggning.avsluta(id, Versioner.kravd(ifMatch, b == null ? null : b.version()),
                anvandare.aktor(), b == null ? null : b.atgarderFortsatterSkal()));
    }

    static ResponseEntity<byte[]> pdf(String filnamn, byte[] innehall) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filnamn).build()
                        .toString())
                .body(innehall);
    }

    private static LexSarahApiBegaran.Utford utford(LexSarahId id, long version) {
        return new LexSarahApiBegaran.Utford(id.toString(), version);
    }
}
