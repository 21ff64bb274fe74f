package se.kvalitetsledning.infra.riskanalys;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.api.Versioner;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.riskanalys.Anledning;
import se.kvalitetsledning.riskanalys.Registerrisk;
import se.kvalitetsledning.riskanalys.RiskId;
import se.kvalitetsledning.riskanalys.RiskanalysDetaljer;
import se.kvalitetsledning.riskanalys.RiskanalysId;
import se.kvalitetsledning.riskanalys.RiskanalysRad;
import se.kvalitetsledning.riskanalys.RiskanalysStatistik;
import se.kvalitetsledning.riskanalys.Riskmatris;

/** Riskanalyser: starting and changing them, their risks, fastställande and reviews, the register and counters. */
@RestController
@RequestMapping("/api/riskanalyser")
class RiskanalysApi {

    private static final String IF_MATCH = "If-Match";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final RiskanalysTjanst tjanst;
    private final RiskanalysHandlaggning handlaggning;

    RiskanalysApi(RiskanalysTjanst tjanst, RiskanalysHandlaggning handlaggning) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
    }

    @PostMapping(consumes = JSON)
    ResponseEntity<RiskanalysApiBegaran.Skapad> inled(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                                      @Valid @RequestBody RiskanalysApiBegaran.Analys b) {
        RiskanalysId id = tjanst.inled(anvandare.aktor(), b.id() == null ? RiskanalysId.nytt() : id(b.id(), "id"),
                handlaggning.uppgifter(b.anledning(), b.enhet(), b.process(), b.team(), b.datum()));
        return ResponseEntity.created(URI.create("/api/riskanalyser/" + id))
                .body(new RiskanalysApiBegaran.Skapad(id.toString()));
    }

    /** The analyses of the enheter where the caller leads riskanalyser, the latest date first. */
    @GetMapping
    List<RiskanalysRad> lista(@AuthenticationPrincipal InloggadAnvandare anvandare,
                              @RequestParam(required = false) String enhet,
                              @RequestParam(required = false) Anledning anledning,
                              @RequestParam(required = false) Boolean faststalld) {
        return tjanst.lista(anvandare.aktor(), enhet, anledning, faststalld);
    }

    @GetMapping("/{id}")
    ResponseEntity<RiskanalysDetaljer> hamta(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                             @PathVariable RiskanalysId id) {
        RiskanalysDetaljer analys = tjanst.krav(anvandare.aktor(), id);
        return ResponseEntity.ok().eTag(Versioner.etag(analys.version())).body(analys);
    }

    /** The open risks of the enhet (or of all the caller's), the highest riskvärde first, overdue reviews marked. */
    @GetMapping("/register")
    List<Registerrisk> register(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                @RequestParam(required = false) String enhet) {
        return tjanst.register(anvandare.aktor(), enhet);
    }

    /** The 4×4 matrix of the same open risks: the count per konsekvens × sannolikhet. */
    @GetMapping("/matris")
    Riskmatris matris(@AuthenticationPrincipal InloggadAnvandare anvandare,
                      @RequestParam(required = false) String enhet) {
        return tjanst.matris(anvandare.aktor(), enhet);
    }

    /** The year's counters: risks by colour, analyses by anledning, reviews; per enhet. */
    @GetMapping("/statistik")
    RiskanalysStatistik statistik(@AuthenticationPrincipal InloggadAnvandare anvandare, @RequestParam int ar) {
        if (ar < 2000 || ar > 2100) {
            throw new OgiltigIndata("ar", "Ange ett år mellan 2000 och 2100");
        }
        return tjanst.statistik(anvandare.aktor(), ar);
    }

    @PutMapping(path = "/{id}", consumes = JSON)
    RiskanalysApiBegaran.Utford andra(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                      @PathVariable RiskanalysId id,
                                      @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                      @Valid @RequestBody RiskanalysApiBegaran.Analys b) {
        if (b.id() != null && !id(b.id(), "id").equals(id)) {
            throw new OgiltigIndata("id", "Ett id i kroppen ska vara analysens eget: " + id);
        }
        long version = Versioner.kravd(ifMatch, b.version());
        Aktor aktor = anvandare.aktor();
        tjanst.krav(aktor, id);
        return utford(id, handlaggning.andra(id, version, aktor,
                handlaggning.uppgifter(b.anledning(), b.enhet(), b.process(), b.team(), b.datum())));
    }

    @PostMapping(path = "/{id}/risker", consumes = JSON)
    ResponseEntity<RiskanalysApiBegaran.RiskSkapad> laggTillRisk(
            @AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable RiskanalysId id,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RiskanalysApiBegaran.Risk b) {
        long version = Versioner.kravd(ifMatch, b.version());
        RiskId risk = b.id() == null ? RiskId.nytt() : riskId(b.id());
        long ny = handlaggning.laggTillRisk(id, risk, version, anvandare.aktor(), b.uppgifter());
        return ResponseEntity.created(URI.create("/api/riskanalyser/" + id))
                .eTag(Versioner.etag(ny))
                .body(new RiskanalysApiBegaran.RiskSkapad(id.toString(), risk.toString(), ny));
    }

    @PutMapping(path = "/{id}/risker/{risk}", consumes = JSON)
    RiskanalysApiBegaran.Utford andraRisk(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                          @PathVariable RiskanalysId id, @PathVariable RiskId risk,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody RiskanalysApiBegaran.Risk b) {
        if (b.id() != null && !riskId(b.id()).equals(risk)) {
            throw new OgiltigIndata("id", "Ett id i kroppen ska vara riskens eget: " + risk);
        }
        return utford(id, handlaggning.andraRisk(id, risk, Versioner.kravd(ifMatch, b.version()),
                anvandare.aktor(), b.uppgifter()));
    }

    @DeleteMapping("/{id}/risker/{risk}")
    RiskanalysApiBegaran.Utford taBortRisk(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                           @PathVariable RiskanalysId id, @PathVariable RiskId risk,
                                           @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           @RequestParam(required = false) Long version) {
        return utford(id, handlaggning.taBortRisk(id, risk, Versioner.kravd(ifMatch, version), anvandare.aktor()));
    }

    @PostMapping(path = "/{id}/faststallande", consumes = JSON)
    RiskanalysApiBegaran.Utford faststall(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                          @PathVariable RiskanalysId id,
                                          @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @RequestBody(required = false) RiskanalysApiBegaran.Versionerad b) {
        return utford(id, handlaggning.faststall(id, Versioner.kravd(ifMatch, b == null ? null : b.version()),
                anvandare.aktor()));
    }

    @PostMapping(path = "/{id}/risker/{risk}/granskningar", consumes = JSON)
    RiskanalysApiBegaran.Utford granska(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                        @PathVariable RiskanalysId id, @PathVariable RiskId risk,
                                        @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody RiskanalysApiBegaran.Granskning b) {
        return utford(id, handlaggning.granska(id, risk, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.bedomning(), b.kommentar(), b.nastaGranskning(), b.hanterad()));
    }

    private static RiskanalysApiBegaran.Utford utford(RiskanalysId id, long version) {
        return new RiskanalysApiBegaran.Utford(id.toString(), version);
    }

    private static RiskanalysId id(String id, String falt) {
        try {
            return RiskanalysId.av(id);
        } catch (IllegalArgumentException fel) {
            throw new OgiltigIndata(falt, "Ogiltigt id: " + id);
        }
    }

    private static RiskId riskId(String id) {
        try {
            return RiskId.av(id);
        } catch (IllegalArgumentException fel) {
            throw new OgiltigIndata("id", "Ogiltigt id: " + id);
        }
    }
}
