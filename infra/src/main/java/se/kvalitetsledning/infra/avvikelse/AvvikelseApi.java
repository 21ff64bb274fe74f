package se.kvalitetsledning.infra.avvikelse;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

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
import se.kvalitetsledning.avvikelse.MinRapport;
import se.kvalitetsledning.avvikelse.RaknaAvvikelser;
import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.infra.api.Versioner;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;

/** The avvikelse API: one endpoint per command, and the reads. */
@RestController
@RequestMapping("/api/avvikelser")
class AvvikelseApi {

    private static final String IF_MATCH = "If-Match";
    /** Far beyond any real list, and small enough that page × size stays an int. */
    private static final int MAX_SIDA = 100_000;

    private final AvvikelseTjanst tjanst;
    private final AvvikelseHandlaggning handlaggning;

    AvvikelseApi(AvvikelseTjanst tjanst, AvvikelseHandlaggning handlaggning) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
    }

    @PostMapping
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

    /** What the caller filed, with status and återkoppling but not the investigation. */
    @GetMapping("/mina")
    List<MinRapport> mina(@AuthenticationPrincipal InloggadAnvandare anvandare) {
        return tjanst.minaRapporter(anvandare.aktor());
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
                        @RequestParam(defaultValue = "0") int sida,
                        @RequestParam(defaultValue = "50") int storlek) {
        Set<String> enheter = LasbaraEnheter.begransa(anvandare.aktor(), enhet);
        return tjanst.lista(new ListaAvvikelser(enheter, status, kategori, fran, till, riskfarg, text,
                Math.min(Math.max(sida, 0), MAX_SIDA), Math.min(Math.max(storlek, 1), 200)));
    }

    /** The counters per enhet × month × category × kvalitetsområde that reports build on. */
    @GetMapping("/statistik")
    List<AvvikelseRakning> statistik(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                     @RequestParam(required = false) Set<String> enhet,
                                     @RequestParam YearMonth fran, @RequestParam YearMonth till) {
        return tjanst.rakna(new RaknaAvvikelser(LasbaraEnheter.begransa(anvandare.aktor(), enhet), fran, till));
    }

    @PostMapping("/{id}/tilldelning")
    AvvikelseApiBegaran.Utford tilldela(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                        @PathVariable AvvikelseId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody AvvikelseApiBegaran.Tilldelning b) {
        return utford(id, handlaggning.tilldela(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.handlaggare()));
    }

    @PostMapping("/{id}/klassificering")
    AvvikelseApiBegaran.Utford klassificera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                            @PathVariable AvvikelseId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody AvvikelseApiBegaran.Klassificering b) {
        return utford(id, handlaggning.klassificera(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.kategori(), b.kvalitetsomraden(), b.konsekvens(), b.sannolikhet()));
    }

    @PostMapping("/{id}/utredning")
    AvvikelseApiBegaran.Utford utred(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                     @PathVariable AvvikelseId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody AvvikelseApiBegaran.Utredning b) {
        return utford(id, handlaggning.utred(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.orsaksomraden(), b.bakomliggandeOrsaker(), b.analys()));
    }

    @PostMapping("/{id}/atgarder")
    AvvikelseApiBegaran.Utford atgarder(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                        @PathVariable AvvikelseId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody AvvikelseApiBegaran.Text b) {
        return utford(id, handlaggning.beslutaAtgarder(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.text()));
    }

    @PostMapping("/{id}/lex-sarah/eskalering")
    AvvikelseApiBegaran.Utford eskalera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                        @PathVariable AvvikelseId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody AvvikelseApiBegaran.FrivilligText b) {
        return utford(id, handlaggning.eskaleraTillLexSarah(id, Versioner.kravd(ifMatch, b.version()),
                anvandare.aktor(), b.text()));
    }

    @PostMapping("/{id}/lex-sarah/avskrivning")
    AvvikelseApiBegaran.Utford avskriv(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                       @PathVariable AvvikelseId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody AvvikelseApiBegaran.Text b) {
        return utford(id, handlaggning.avskrivMissforhallande(id, Versioner.kravd(ifMatch, b.version()),
                anvandare.aktor(), b.text()));
    }

    @PostMapping("/{id}/aterkoppling")
    AvvikelseApiBegaran.Utford aterkoppla(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                          @PathVariable AvvikelseId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody AvvikelseApiBegaran.Text b) {
        return utford(id, handlaggning.geAterkoppling(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.text()));
    }

    @PostMapping("/{id}/utebliven-aterkoppling")
    AvvikelseApiBegaran.Utford utebliven(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                         @PathVariable AvvikelseId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody AvvikelseApiBegaran.Skal b) {
        return utford(id, handlaggning.registreraUteblivenAterkoppling(id, Versioner.kravd(ifMatch, b.version()),
                anvandare.aktor(), b.text()));
    }

    @PostMapping("/{id}/avslut")
    AvvikelseApiBegaran.Utford avsluta(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                       @PathVariable AvvikelseId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                       @RequestBody(required = false) AvvikelseApiBegaran.Version b) {
        return utford(id, handlaggning.avsluta(id, Versioner.kravd(ifMatch, b == null ? null : b.version()),
                anvandare.aktor()));
    }

    @PostMapping("/{id}/ateroppning")
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
