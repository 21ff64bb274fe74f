package se.kvalitetsledning.infra.egenkontroll;

import java.net.URI;

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

import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer;
import se.kvalitetsledning.egenkontroll.EgenkontrollId;
import se.kvalitetsledning.egenkontroll.EgenkontrollStatistik;
import se.kvalitetsledning.egenkontroll.Egenkontrollplan;
import se.kvalitetsledning.infra.api.Versioner;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Namnuppslag;

/** Egenkontroller: the plan (årshjul), performing a check over its sample, its result and the counters. */
@RestController
@RequestMapping("/api/egenkontroller")
class EgenkontrollApi {

    private static final String IF_MATCH = "If-Match";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String AR_REGEL = "Året ska vara 2000–2100";

    private final EgenkontrollTjanst tjanst;
    private final EgenkontrollHandlaggning handlaggning;
    private final Namnuppslag namn;

    EgenkontrollApi(EgenkontrollTjanst tjanst, EgenkontrollHandlaggning handlaggning, Namnuppslag namn) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
        this.namn = namn;
    }

    /** Plans a check of an enhet with a published template for a month, with the person responsible. */
    @PostMapping(consumes = JSON)
    ResponseEntity<EgenkontrollApiBegaran.Skapad> planera(
            @AuthenticationPrincipal InloggadAnvandare anvandare,
            @Valid @RequestBody EgenkontrollApiBegaran.NyEgenkontroll ny) {
        EgenkontrollId id = tjanst.planera(anvandare.aktor(), ny);
        return ResponseEntity.created(URI.create("/api/egenkontroller/" + id))
                .body(new EgenkontrollApiBegaran.Skapad(id.toString(), 0));
    }

    /** The årshjul of the caller's enheter (or one of them), of a year or of every year. */
    @GetMapping
    Egenkontrollplan plan(@AuthenticationPrincipal InloggadAnvandare anvandare,
                          @RequestParam(required = false) String enhet,
                          @RequestParam(required = false) @Min(value = 2000, message = AR_REGEL)
                          @Max(value = 2100, message = AR_REGEL) Integer ar) {
        return tjanst.plan(anvandare.aktor(), enhet, ar);
    }

    /** Per enhet and template: planned, performed and cancelled checks, and the question results by colour. */
    @GetMapping("/statistik")
    EgenkontrollStatistik statistik(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                    @RequestParam @Min(value = 2000, message = AR_REGEL)
                                    @Max(value = 2100, message = AR_REGEL) int ar) {
        return tjanst.statistik(anvandare.aktor(), ar);
    }

    @GetMapping("/{id}")
    ResponseEntity<EgenkontrollDetaljer> hamta(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                               @PathVariable EgenkontrollId id) {
        EgenkontrollDetaljer kontroll = tjanst.krav(anvandare.aktor(), id);
        return ResponseEntity.ok().eTag(Versioner.etag(kontroll.version())).body(kontroll);
    }

    /** The result per question and in total as an XLSX workbook; the result so far while the check is performed. */
    @GetMapping("/{id}/resultat.xlsx")
    ResponseEntity<byte[]> resultat(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                    @PathVariable EgenkontrollId id) {
        EgenkontrollDetaljer kontroll = tjanst.krav(anvandare.aktor(), id);
        return Resultatfil.svar(kontroll, namn.enhetsnamn().getOrDefault(kontroll.enhet(), kontroll.enhet()));
    }

    @PostMapping(path = "/{id}/omplanering", consumes = JSON)
    EgenkontrollApiBegaran.Utford planeraOm(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                            @PathVariable EgenkontrollId id,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody EgenkontrollApiBegaran.Omplanering b) {
        return utford(id, handlaggning.planeraOm(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.manad(), b.ansvarig()));
    }

    /** Starts the check with the template's latest published version, which it then keeps. */
    @PostMapping(path = "/{id}/paborjan", consumes = JSON)
    EgenkontrollApiBegaran.Utford paborja(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                          @PathVariable EgenkontrollId id,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @RequestBody(required = false) EgenkontrollApiBegaran.Steg b) {
        return utford(id, handlaggning.paborja(id, Versioner.kravd(ifMatch, b == null ? null : b.version()),
                anvandare.aktor()));
    }

    @PostMapping(path = "/{id}/stickprov", consumes = JSON)
    EgenkontrollApiBegaran.Utford draStickprov(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                               @PathVariable EgenkontrollId id,
                                               @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                               @Valid @RequestBody EgenkontrollApiBegaran.Stickprov b) {
        return utford(id, handlaggning.draStickprov(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.populationsstorlek(), b.population(), b.stickprovsstorlek(), b.fro()));
    }

    /** Answers a question for an item; a stale version conflicts only with a change to the same item and question. */
    @PostMapping(path = "/{id}/svar", consumes = JSON)
    EgenkontrollApiBegaran.Utford besvara(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                          @PathVariable EgenkontrollId id,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody EgenkontrollApiBegaran.Besvarande b) {
        return utford(id, handlaggning.besvara(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.post(), b.fraga(), b.svar()));
    }

    /** Completes the check once every required question that applies has an answer; records the result. */
    @PostMapping(path = "/{id}/slutforande", consumes = JSON)
    EgenkontrollApiBegaran.Utford slutfor(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                          @PathVariable EgenkontrollId id,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @RequestBody(required = false) EgenkontrollApiBegaran.Steg b) {
        return utford(id, handlaggning.slutfor(id, Versioner.kravd(ifMatch, b == null ? null : b.version()),
                anvandare.aktor()));
    }

    @PostMapping(path = "/{id}/installning", consumes = JSON)
    EgenkontrollApiBegaran.Utford stallIn(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                          @PathVariable EgenkontrollId id,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody EgenkontrollApiBegaran.Installning b) {
        return utford(id, handlaggning.stallIn(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.skal()));
    }

    private static EgenkontrollApiBegaran.Utford utford(EgenkontrollId id, long version) {
        return new EgenkontrollApiBegaran.Utford(id.toString(), version);
    }
}
