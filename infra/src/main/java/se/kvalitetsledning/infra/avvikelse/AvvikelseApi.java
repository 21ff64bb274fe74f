package se.kvalitetsledning.infra.avvikelse;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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

import se.kvalitetsledning.avvikelse.AvvikelseDetaljer;
import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.avvikelse.AvvikelseRakning;
import se.kvalitetsledning.avvikelse.AvvikelseSida;
import se.kvalitetsledning.avvikelse.AvvikelseStatus;
import se.kvalitetsledning.avvikelse.ListaAvvikelser;
import se.kvalitetsledning.avvikelse.MinaRapporterSida;
import se.kvalitetsledning.avvikelse.RaknaAvvikelser;
import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.infra.api.Versioner;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;

/** The avvikelse API: one endpoint per command, and the reads. */
@RestController
@RequestMapping("/api/avvikelser")
class AvvikelseApi {

    private static final String IF_MATCH = "If-Match";
    /** Only JSON bodies: anything else is a 415 before the body is read. */
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    /** Far beyond any real list, and small enough that page × size stays an int. */
    private static final int MAX_SIDA = 100_000;
    private static final int MAX_STORLEK = 200;
    private static final String SIDA_REGEL = "Sidan ska vara 0–" + MAX_SIDA;
    private static final String STORLEK_REGEL = "Storleken ska vara 1–" + MAX_STORLEK;

    private final AvvikelseTjanst tjanst;
    private final AvvikelseHandlaggning handlaggning;

    AvvikelseApi(AvvikelseTjanst tjanst, AvvikelseHandlaggning handlaggning) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
    }

    @PostMapping(consumes = JSON)
    ResponseEntity<AvvikelseApiBegaran.Skapad> registrera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                                         @Valid @RequestBody NyAvvikelse ny) {
        AvvikelseId id = tjanst.registrera(anvandare.aktor(), ny);
        return ResponseEntity.created(URI.create("/api/avvikelser/" + id))
                .eTag(Versioner.etag(0))
                .body(new AvvikelseApiBegaran.Skapad(id.toString()));
    }

    @GetMapping("/{id}")
    ResponseEntity<AvvikelseDetaljer> hamta(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                            @PathVariable AvvikelseId id) {
        AvvikelseDetaljer avvikelse = tjanst.hamta(anvandare.aktor(), id).orElseThrow(() -> new AvvikelseSaknas(id));
        return ResponseEntity.ok().eTag(Versioner.etag(avvikelse.version())).body(avvikelse);
    }

    /** A page of what the caller filed, the last registered first, with status and återkoppling. */
    @GetMapping("/mina")
    MinaRapporterSida mina(@AuthenticationPrincipal InloggadAnvandare anvandare,
                           @RequestParam(defaultValue = "0") @Min(value = 0, message = SIDA_REGEL)
                           @Max(value = MAX_SIDA, message = SIDA_REGEL) int sida,
                           @RequestParam(defaultValue = "50") @Min(value = 1, message = STORLEK_REGEL)
                           @Max(value = MAX_STORLEK, message = STORLEK_REGEL) int storlek) {
        return tjanst.minaRapporter(anvandare.aktor(), sida, storlek);
    }

    @GetMapping
    AvvikelseSida lista(@AuthenticationPrincipal InloggadAnvandare anvandare,
                        @RequestParam(required = false) Set<String> enhet,
                        @RequestParam(required = false) AvvikelseStatus status,
                        @RequestParam(required = false) String kategori,
                        @RequestParam(required = false) LocalDate fran,
                        @RequestParam(required = false) LocalDate till,
                        @RequestParam(required = false) Riskfarg riskfarg,
                        @RequestParam(required = false) String text,
                        @RequestParam(defaultValue = "0") @Min(value = 0, message = SIDA_REGEL)
                        @Max(value = MAX_SIDA, message = SIDA_REGEL) int sida,
                        @RequestParam(defaultValue = "50") @Min(value = 1, message = STORLEK_REGEL)
                        @Max(value = MAX_STORLEK, message = STORLEK_REGEL) int storlek) {
        Set<String> enheter = LasbaraEnheter.begransa(anvandare.aktor(), enhet);
        return tjanst.lista(new ListaAvvikelser(enheter, status, kategori, fran, till, riskfarg, text, sida, storlek));
    }

    /** The counters per enhet × month × category × kvalitetsområde that reports build on. */
    @GetMapping("/statistik")
    List<AvvikelseRakning> statistik(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                     @RequestParam(required = false) Set<String> enhet,
                                     @RequestParam YearMonth fran, @RequestParam YearMonth till) {
        return tjanst.rakna(new RaknaAvvikelser(LasbaraEnheter.begransa(anvandare.aktor(), enhet), fran, till));
    }

    @PostMapping(path = "/{id}/tilldelning", consumes = JSON)
    AvvikelseApiBegaran.Utford tilldela(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                        @PathVariable AvvikelseId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody AvvikelseApiBegaran.Tilldelning b) {
        return utford(id, handlaggning.tilldela(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.handlaggare()));
    }

    @PostMapping(path = "/{id}/klassificering", consumes = JSON)
    AvvikelseApiBegaran.Utford klassificera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                            @PathVariable AvvikelseId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody AvvikelseApiBegaran.Klassificering b) {
        return utford(id, handlaggning.klassificera(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.kategori(), b.kvalitetsomraden(), b.konsekvens(), b.sannolikhet()));
    }

    @PostMapping(path = "/{id}/utredning", consumes = JSON)
    AvvikelseApiBegaran.Utford utred(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                     @PathVariable AvvikelseId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody AvvikelseApiBegaran.Utredning b) {
        return utford(id, handlaggning.utred(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.orsaksomraden(), b.bakomliggandeOrsaker(), b.analys()));
    }

    @PostMapping(path = "/{id}/lex-sarah/eskalering", consumes = JSON)
    AvvikelseApiBegaran.Utford eskalera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                        @PathVariable AvvikelseId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody AvvikelseApiBegaran.FrivilligText b) {
        return utford(id, handlaggning.eskaleraTillLexSarah(id, Versioner.kravd(ifMatch, b.version()),
                anvandare.aktor(), b.text()));
    }

    @PostMapping(path = "/{id}/lex-sarah/avskrivning", consumes = JSON)
    AvvikelseApiBegaran.Utford avskriv(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                       @PathVariable AvvikelseId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody AvvikelseApiBegaran.Text b) {
        return utford(id, handlaggning.avskrivMissforhallande(id, Versioner.kravd(ifMatch, b.version()),
                anvandare.aktor(), b.text()));
    }

    @PostMapping(path = "/{id}/aterkoppling", consumes = JSON)
    AvvikelseApiBegaran.Utford aterkoppla(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                          @PathVariable AvvikelseId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody AvvikelseApiBegaran.Text b) {
        return utford(id, handlaggning.geAterkoppling(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.text()));
    }

    @PostMapping(path = "/{id}/utebliven-aterkoppling", consumes = JSON)
    AvvikelseApiBegaran.Utford utebliven(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                         @PathVariable AvvikelseId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody AvvikelseApiBegaran.Skal b) {
        return utford(id, handlaggning.registreraUteblivenAterkoppling(id, Versioner.kravd(ifMatch, b.version()),
                anvandare.aktor(), b.text()));
    }

    @PostMapping(path = "/{id}/avslut", consumes = JSON)
    AvvikelseApiBegaran.Utford avsluta(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                       @PathVariable AvvikelseId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody(required = false) AvvikelseApiBegaran.Avslut b) {
        return utford(id, handlaggning.avsluta(id, Versioner.kravd(ifMatch, b == null ? null : b.version()),
                anvandare.aktor(), b == null ? null : b.atgarderFortsatterSkal()));
    }

    @PostMapping(path = "/{id}/ateroppning", consumes = JSON)
    AvvikelseApiBegaran.Utford ateroppna(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                         @PathVariable AvvikelseId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody AvvikelseApiBegaran.Skal b) {
        return utford(id, handlaggning.ateroppna(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.text()));
    }

    private static AvvikelseApiBegaran.Utford utford(AvvikelseId id, long version) {
        return new AvvikelseApiBegaran.Utford(id.toString(), version);
    }
}
