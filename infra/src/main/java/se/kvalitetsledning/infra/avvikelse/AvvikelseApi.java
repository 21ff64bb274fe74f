package se.kvalitetsledning.infra.avvikelse;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
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

import se.kvalitetsledning.avvikelse.AteroppnaAvvikelse;
import se.kvalitetsledning.avvikelse.AvskrivMissforhallande;
import se.kvalitetsledning.avvikelse.AvslutaAvvikelse;
import se.kvalitetsledning.avvikelse.AvvikelseDetaljer;
import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.avvikelse.AvvikelseRakning;
import se.kvalitetsledning.avvikelse.AvvikelseSida;
import se.kvalitetsledning.avvikelse.AvvikelseStatus;
import se.kvalitetsledning.avvikelse.BeslutaAtgarder;
import se.kvalitetsledning.avvikelse.DokumenteraUtredning;
import se.kvalitetsledning.avvikelse.EskaleraTillLexSarah;
import se.kvalitetsledning.avvikelse.GeAterkoppling;
import se.kvalitetsledning.avvikelse.KlassificeraAvvikelse;
import se.kvalitetsledning.avvikelse.ListaAvvikelser;
import se.kvalitetsledning.avvikelse.MinRapport;
import se.kvalitetsledning.avvikelse.RaknaAvvikelser;
import se.kvalitetsledning.avvikelse.RegistreraUteblivenAterkoppling;
import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.infra.api.Versioner;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.kategori.KategoriId;

/** The avvikelse API: one endpoint per command, and the reads. */
@RestController
@RequestMapping("/api/avvikelser")
class AvvikelseApi {

    private final AvvikelseTjanst tjanst;

    AvvikelseApi(AvvikelseTjanst tjanst) {
        this.tjanst = tjanst;
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
                Math.max(sida, 0), Math.min(Math.max(storlek, 1), 200)));
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
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody AvvikelseApiBegaran.Tilldelning b) {
        Long version = Versioner.forvantad(ifMatch, b.version());
        return new AvvikelseApiBegaran.Utford(id.toString(),
                tjanst.tilldela(id, version, anvandare.aktor(), b.handlaggare()));
    }

    @PostMapping("/{id}/klassificering")
    AvvikelseApiBegaran.Utford klassificera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                            @PathVariable AvvikelseId id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody AvvikelseApiBegaran.Klassificering b) {
        tjanst.kontrolleraKategori("kategori", b.kategori());
        return utfor(anvandare, id, Versioner.forvantad(ifMatch, b.version()), (v, a, tid) ->
                new KlassificeraAvvikelse(id, v, new KategoriId(b.kategori()), EnumSet.copyOf(b.kvalitetsomraden()),
                        b.konsekvens(), b.sannolikhet(), a, tid));
    }

    @PostMapping("/{id}/utredning")
    AvvikelseApiBegaran.Utford utred(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                     @PathVariable AvvikelseId id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                     @Valid @RequestBody AvvikelseApiBegaran.Utredning b) {
        return utfor(anvandare, id, Versioner.forvantad(ifMatch, b.version()), (v, a, tid) ->
                new DokumenteraUtredning(id, v, b.orsaksomraden(),
                        b.bakomliggandeOrsaker() == null ? Set.of() : b.bakomliggandeOrsaker(), b.analys(), a, tid));
    }

    @PostMapping("/{id}/atgarder")
    AvvikelseApiBegaran.Utford atgarder(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                        @PathVariable AvvikelseId id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody AvvikelseApiBegaran.Text b) {
        return utfor(anvandare, id, Versioner.forvantad(ifMatch, b.version()),
                (v, a, tid) -> new BeslutaAtgarder(id, v, b.text(), a, tid));
    }

    @PostMapping("/{id}/lex-sarah/eskalering")
    AvvikelseApiBegaran.Utford eskalera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                        @PathVariable AvvikelseId id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody AvvikelseApiBegaran.FrivilligText b) {
        return utfor(anvandare, id, Versioner.forvantad(ifMatch, b.version()),
                (v, a, tid) -> new EskaleraTillLexSarah(id, v, b.text(), a, tid));
    }

    @PostMapping("/{id}/lex-sarah/avskrivning")
    AvvikelseApiBegaran.Utford avskriv(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                       @PathVariable AvvikelseId id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                       @Valid @RequestBody AvvikelseApiBegaran.Text b) {
        return utfor(anvandare, id, Versioner.forvantad(ifMatch, b.version()),
                (v, a, tid) -> new AvskrivMissforhallande(id, v, b.text(), a, tid));
    }

    @PostMapping("/{id}/aterkoppling")
    AvvikelseApiBegaran.Utford aterkoppla(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                          @PathVariable AvvikelseId id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          @Valid @RequestBody AvvikelseApiBegaran.Text b) {
        return utfor(anvandare, id, Versioner.forvantad(ifMatch, b.version()),
                (v, a, tid) -> new GeAterkoppling(id, v, b.text(), a, tid));
    }

    @PostMapping("/{id}/utebliven-aterkoppling")
    AvvikelseApiBegaran.Utford utebliven(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                         @PathVariable AvvikelseId id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody AvvikelseApiBegaran.Text b) {
        return utfor(anvandare, id, Versioner.forvantad(ifMatch, b.version()),
                (v, a, tid) -> new RegistreraUteblivenAterkoppling(id, v, b.text(), a, tid));
    }

    @PostMapping("/{id}/avslut")
    AvvikelseApiBegaran.Utford avsluta(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                       @PathVariable AvvikelseId id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                       @RequestBody(required = false) AvvikelseApiBegaran.Version b) {
        return utfor(anvandare, id, Versioner.forvantad(ifMatch, b == null ? null : b.version()),
                (v, a, tid) -> new AvslutaAvvikelse(id, v, a, tid));
    }

    @PostMapping("/{id}/ateroppning")
    AvvikelseApiBegaran.Utford ateroppna(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                         @PathVariable AvvikelseId id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody AvvikelseApiBegaran.Text b) {
        return utfor(anvandare, id, Versioner.forvantad(ifMatch, b.version()),
                (v, a, tid) -> new AteroppnaAvvikelse(id, v, b.text(), a, tid));
    }

    private AvvikelseApiBegaran.Utford utfor(InloggadAnvandare anvandare, AvvikelseId id, Long version,
                                             AvvikelseTjanst.Kommandobyggare kommando) {
        return new AvvikelseApiBegaran.Utford(id.toString(), tjanst.handlagg(id, version, anvandare.aktor(), kommando));
    }
}
