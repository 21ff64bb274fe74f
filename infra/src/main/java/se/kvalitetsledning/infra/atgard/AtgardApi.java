package se.kvalitetsledning.infra.atgard;

import java.net.URI;
import java.util.List;

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

import se.kvalitetsledning.atgard.AtgardDetaljer;
import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.AtgardRad;
import se.kvalitetsledning.atgard.AtgardRakning;
import se.kvalitetsledning.atgard.AtgardStatus;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.infra.api.Versioner;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;

/**
 * The improvement backlog's API: one endpoint per command, the board with its filters and as XLSX, one åtgärd, the
 * counts.
 */
@RestController
@RequestMapping("/api/atgarder")
class AtgardApi {

    private static final String IF_MATCH = "If-Match";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String AR_REGEL = "Året ska vara 2000–2100";

    private final AtgardTjanst tjanst;
    private final AtgardHandlaggning handlaggning;
    private final AtgardExport export;

    AtgardApi(AtgardTjanst tjanst, AtgardHandlaggning handlaggning, AtgardExport export) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
        this.export = export;
    }

    @PostMapping(consumes = JSON)
    ResponseEntity<AtgardApiBegaran.Skapad> foresla(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                                    @Valid @RequestBody NyAtgard ny) {
        AtgardId id = tjanst.foresla(anvandare.aktor(), ny);
        return ResponseEntity.created(URI.create("/api/atgarder/" + id)).eTag(Versioner.etag(0))
                .body(new AtgardApiBegaran.Skapad(id.toString()));
    }

    @GetMapping("/{id}")
    ResponseEntity<AtgardDetaljer> hamta(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                         @PathVariable AtgardId id) {
        AtgardDetaljer atgard = tjanst.krav(anvandare.aktor(), id);
        return ResponseEntity.ok().eTag(Versioner.etag(atgard.version())).body(atgard);
    }

    /** The backlog of the caller's enheter and what the caller owns, the earliest due first. */
    @GetMapping
    List<AtgardRad> lista(@AuthenticationPrincipal InloggadAnvandare anvandare,
                          @RequestParam(required = false) String enhet,
                          @RequestParam(required = false) String agare,
                          @RequestParam(required = false) Kvalitetsomrade kvalitetsomrade,
                          @RequestParam(required = false) Kalltyp kalltyp,
                          @RequestParam(required = false) AtgardStatus status,
                          @RequestParam(defaultValue = "false") boolean forsenade) {
        return tjanst.lista(anvandare.aktor(), new AtgardTjanst.Filter(enhet, agare, kvalitetsomrade, kalltyp, status,
                forsenade));
    }

    /** The same selection as the list, each åtgärd whole, as an XLSX workbook. */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                     @RequestParam(required = false) String enhet,
                                     @RequestParam(required = false) String agare,
                                     @RequestParam(required = false) Kvalitetsomrade kvalitetsomrade,
                                     @RequestParam(required = false) Kalltyp kalltyp,
                                     @RequestParam(required = false) AtgardStatus status,
                                     @RequestParam(defaultValue = "false") boolean forsenade) {
        return export.exportera(anvandare.aktor(), new AtgardTjanst.Filter(enhet, agare, kvalitetsomrade, kalltyp,
                status, forsenade));
    }

    /** Per enhet and year: created, completed, overdue and with effect. */
    @GetMapping("/statistik")
    List<AtgardRakning> statistik(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                  @RequestParam(required = false) String enhet,
                                  @RequestParam @Min(value = 2000, message = AR_REGEL)
                                  @Max(value = 2100, message = AR_REGEL) int ar) {
        return tjanst.rakna(anvandare.aktor(), enhet, ar);
    }

    @PostMapping(path = "/{id}/beslut", consumes = JSON)
    AtgardApiBegaran.Utford besluta(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable AtgardId id,
                                    @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                    @RequestBody(required = false) AtgardApiBegaran.Version b) {
        return utford(id, handlaggning.besluta(id, Versioner.kravd(ifMatch, b == null ? null : b.version()),
                anvandare.aktor()));
    }

    @PostMapping(path = "/{id}/paborjan", consumes = JSON)
    AtgardApiBegaran.Utford paborja(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable AtgardId id,
                                    @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                    @RequestBody(required = false) AtgardApiBegaran.Version b) {
        return utford(id, handlaggning.paborja(id, Versioner.kravd(ifMatch, b == null ? null : b.version()),
                anvandare.aktor()));
    }

    @PostMapping(path = "/{id}/genomforande", consumes = JSON)
    AtgardApiBegaran.Utford genomfor(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable AtgardId id,
                                     @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody AtgardApiBegaran.Kommentar b) {
        return utford(id, handlaggning.genomfor(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.kommentar()));
    }

    @PostMapping(path = "/{id}/effekt", consumes = JSON)
    AtgardApiBegaran.Utford effekt(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable AtgardId id,
                                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                   @Valid @RequestBody AtgardApiBegaran.Effekt b) {
        return utford(id, handlaggning.utvardera(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.utfall(), b.evidens()));
    }

    @PostMapping(path = "/{id}/avskrivning", consumes = JSON)
    AtgardApiBegaran.Utford avskriv(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable AtgardId id,
                                    @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                    @Valid @RequestBody AtgardApiBegaran.Skal b) {
        return utford(id, handlaggning.avskriv(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.skal()));
    }

    @PostMapping(path = "/{id}/forfallodatum", consumes = JSON)
    AtgardApiBegaran.Utford flytta(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable AtgardId id,
                                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                   @Valid @RequestBody AtgardApiBegaran.Flytt b) {
        return utford(id, handlaggning.flytta(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(), b.till(),
                b.skal()));
    }

    @PostMapping(path = "/{id}/kallor", consumes = JSON)
    AtgardApiBegaran.Utford kalla(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable AtgardId id,
                                  @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                  @Valid @RequestBody AtgardApiBegaran.Kalla b) {
        return utford(id, handlaggning.laggTillKalla(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.kalla()));
    }

    private static AtgardApiBegaran.Utford utford(AtgardId id, long version) {
        return new AtgardApiBegaran.Utford(id.toString(), version);
    }
}
