package se.kvalitetsledning.infra.synpunkt;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;

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

import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.api.Versioner;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.synpunkt.Kanal;
import se.kvalitetsledning.synpunkt.SynpunktDetaljer;
import se.kvalitetsledning.synpunkt.SynpunktId;
import se.kvalitetsledning.synpunkt.SynpunktRad;
import se.kvalitetsledning.synpunkt.SynpunktStatistik;
import se.kvalitetsledning.synpunkt.SynpunktStatus;
import se.kvalitetsledning.synpunkt.Synpunktstyp;

/** Synpunkter och klagomål for staff: registering, reading, each step of the handling, and the counters. */
@RestController
@RequestMapping("/api/synpunkter")
class SynpunktApi {

    private static final String IF_MATCH = "If-Match";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final SynpunktTjanst tjanst;
    private final SynpunktHandlaggning handlaggning;
    private final SynpunktAttGora attGora;

    SynpunktApi(SynpunktTjanst tjanst, SynpunktHandlaggning handlaggning, SynpunktAttGora attGora) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
        this.attGora = attGora;
    }

    /** Registers what came by phone, visit, letter, e-mail, from IVO or the patientnämnd. */
    @PostMapping(consumes = JSON)
    ResponseEntity<SynpunktApiBegaran.Skapad> registrera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                                         @Valid @RequestBody NySynpunkt ny) {
        SynpunktId id = tjanst.registrera(anvandare.aktor(), ny);
        return ResponseEntity.created(URI.create("/api/synpunkter/" + id))
                .body(new SynpunktApiBegaran.Skapad(id.toString(), id.referens()));
    }

    @GetMapping("/{id}")
    ResponseEntity<SynpunktDetaljer> hamta(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                           @PathVariable SynpunktId id) {
        SynpunktDetaljer synpunkt = tjanst.krav(anvandare.aktor(), id);
        return ResponseEntity.ok().eTag(Versioner.etag(synpunkt.version())).body(synpunkt);
    }

    /**
     * The synpunkter the caller handles, newest first (only open ones: the most urgent first); {@code enhet}
     * "okand" keeps those whose enhet is not known. The period is the day received, both ends included.
     */
    @GetMapping
    List<SynpunktRad> lista(@AuthenticationPrincipal InloggadAnvandare anvandare,
                            @RequestParam(required = false) String enhet,
                            @RequestParam(required = false) Synpunktstyp typ,
                            @RequestParam(required = false) SynpunktStatus status,
                            @RequestParam(required = false) Kanal kanal,
                            @RequestParam(required = false) LocalDate fran,
                            @RequestParam(required = false) LocalDate till,
                            @RequestParam(defaultValue = "false") boolean oppna,
                            @RequestParam(defaultValue = "false") boolean forsenade) {
        if (fran != null && till != null && till.isBefore(fran)) {
            throw new OgiltigIndata("till", "Periodens slut får inte ligga före dess början");
        }
        return tjanst.lista(anvandare.aktor(),
                new SynpunktTjanst.Urval(enhet, typ, status, kanal, fran, till, oppna, forsenade));
    }

    /** Counters per enhet × month × type × category × kvalitetsområde, and the share answered in time. */
    @GetMapping("/statistik")
    SynpunktStatistik statistik(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                @RequestParam YearMonth fran, @RequestParam YearMonth till) {
        if (till.isBefore(fran)) {
            throw new OgiltigIndata("till", "Periodens slut får inte ligga före dess början");
        }
        return tjanst.statistik(anvandare.aktor(), fran, till);
    }

    @GetMapping("/att-gora")
    List<SynpunktAttGora.Uppgift> attGora(@AuthenticationPrincipal InloggadAnvandare anvandare) {
        return attGora.uppgifter(anvandare.aktor());
    }

    @PostMapping(path = "/{id}/kvittens", consumes = JSON)
    SynpunktApiBegaran.Utford kvittera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                       @PathVariable SynpunktId id,
                                       @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody SynpunktApiBegaran.Kvittens b) {
        return utford(id, handlaggning.kvittera(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.satt()));
    }

    @PostMapping(path = "/{id}/tilldelning", consumes = JSON)
    SynpunktApiBegaran.Utford tilldela(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                       @PathVariable SynpunktId id,
                                       @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody SynpunktApiBegaran.Tilldelning b) {
        return utford(id, handlaggning.tilldela(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.enhet(), b.handlaggare()));
    }

    @PostMapping(path = "/{id}/utredning", consumes = JSON)
    SynpunktApiBegaran.Utford utred(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                    @PathVariable SynpunktId id,
                                    @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                    @Valid @RequestBody SynpunktApiBegaran.Utredning b) {
        return utford(id, handlaggning.utred(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.kategori(), b.kvalitetsomraden(), b.orsaksomraden(), b.analys()));
    }

    @PostMapping(path = "/{id}/svar", consumes = JSON)
    SynpunktApiBegaran.Utford besvara(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                      @PathVariable SynpunktId id,
                                      @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                      @Valid @RequestBody SynpunktApiBegaran.Svar b) {
        return utford(id, handlaggning.besvara(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.svar(), b.satt(), b.skickat()));
    }

    @PostMapping(path = "/{id}/vidarebefordran", consumes = JSON)
    SynpunktApiBegaran.Utford vidarebefordra(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                             @PathVariable SynpunktId id,
                                             @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                             @Valid @RequestBody SynpunktApiBegaran.Vidarebefordran b) {
        return utford(id, handlaggning.vidarebefordra(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.mottagare(), b.meddelande()));
    }

    /** Opens a lex Sarah rapport or an avvikelse from the synpunkt, linked both ways. */
    @PostMapping(path = "/{id}/eskalering", consumes = JSON)
    SynpunktApiBegaran.Utford eskalera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                       @PathVariable SynpunktId id,
                                       @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody SynpunktApiBegaran.Eskalering b) {
        return utford(id, handlaggning.eskalera(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.mal(), b.kommentar()));
    }

    @PostMapping(path = "/{id}/avslut", consumes = JSON)
    SynpunktApiBegaran.Utford avsluta(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                      @PathVariable SynpunktId id,
                                      @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                      @Valid @RequestBody(required = false) SynpunktApiBegaran.Avslut b) {
        return utford(id, handlaggning.avsluta(id, Versioner.kravd(ifMatch, b == null ? null : b.version()),
                anvandare.aktor(), b == null ? null : b.atgarderFortsatterSkal()));
    }

    private static SynpunktApiBegaran.Utford utford(SynpunktId id, long version) {
        return new SynpunktApiBegaran.Utford(id.toString(), version);
    }
}
