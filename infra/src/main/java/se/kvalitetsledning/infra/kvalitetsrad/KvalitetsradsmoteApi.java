package se.kvalitetsledning.infra.kvalitetsrad;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.kvalitetsledning.infra.api.Versioner;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.sammanstallning.Manadssammanstallning;
import se.kvalitetsledning.kvalitetsrad.BeslutId;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteDetaljer;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteId;

/**
 * The kvalitetsråd's meetings: plan one, record who took part, freeze the summary, note agenda points, make
 * decisions (an åtgärd with one), justera the minutes; the minutes as PDF. Every change takes the version seen.
 */
@RestController
@RequestMapping("/api/kvalitetsradsmoten")
class KvalitetsradsmoteApi {

    private static final String IF_MATCH = "If-Match";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String UUID_MONSTER =
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    record NyttMote(@Pattern(regexp = UUID_MONSTER, message = "Ska vara ett UUID") String id,
                    @NotNull(message = "Ange mötets datum")
                    @JsonFormat(pattern = "uuuu-MM-dd", lenient = OptBoolean.FALSE) LocalDate datum,
                    @NotNull(message = "Ange månaden mötet går igenom, t.ex. 2026-03") YearMonth manad,
                    @Size(max = 60, message = "Högst 60 tecken") String forvaltning,
                    @Size(max = 60, message = "Högst 60 tecken") String verksamhetsomrade,
                    @Size(max = 60, message = "Högst 60 tecken") String enhet,
                    @Size(max = 40, message = "Högst 40 deltagare")
                    List<@NotBlank(message = "Ange deltagarens namn") @Size(max = 200, message = "Högst 200 tecken")
                            String> deltagare) {
    }

    record Deltagare(@NotNull(message = "Ange deltagarna") @Size(max = 40, message = "Högst 40 deltagare")
                     List<@NotBlank(message = "Ange deltagarens namn")
                     @Size(max = 200, message = "Högst 200 tecken") String> deltagare, Long version) {
    }

    record Punkt(@NotNull(message = "Ange punktens nummer") @Min(value = 1, message = "Punkterna numreras från 1")
                 @Max(value = 999, message = "Högst punkt 999") Integer nummer,
                 @NotBlank(message = "Ange punktens rubrik") @Size(max = 200, message = "Högst 200 tecken")
                 String rubrik,
                 @Size(max = 8000, message = "Högst 8000 tecken") String anteckning, Long version) {
    }

    record Beslut(@Pattern(regexp = UUID_MONSTER, message = "Ska vara ett UUID") String beslut,
                  @NotBlank(message = "Skriv beslutet") @Size(max = 4000, message = "Högst 4000 tecken") String text,
                  @Valid Beslutsatgard atgard, Long version) {
    }

    record Version(Long version) {
    }

    record Skapad(String id) {
    }

    record Utford(String id, long version) {
    }

    private final KvalitetsradsmoteTjanst tjanst;
    private final KvalitetsradsmoteHandlaggning handlaggning;
    private final Protokoll protokoll;

    KvalitetsradsmoteApi(KvalitetsradsmoteTjanst tjanst, KvalitetsradsmoteHandlaggning handlaggning,
                         Protokoll protokoll) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
        this.protokoll = protokoll;
    }

    @PostMapping(consumes = JSON)
    ResponseEntity<Skapad> planera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                   @Valid @RequestBody NyttMote nytt) {
        KvalitetsradsmoteId id = tjanst.planera(anvandare.aktor(), new KvalitetsradsmoteTjanst.NyttMote(nytt.id(),
                nytt.datum(), nytt.manad(), nytt.forvaltning(), nytt.verksamhetsomrade(), nytt.enhet(),
                nytt.deltagare()));
        return ResponseEntity.created(URI.create("/api/kvalitetsradsmoten/" + id)).eTag(Versioner.etag(0))
                .body(new Skapad(id.toString()));
    }

    /** Every meeting, the latest first, without the frozen summaries. */
    @GetMapping
    List<KvalitetsradsmoteDetaljer> lista(@AuthenticationPrincipal InloggadAnvandare anvandare) {
        return tjanst.lista(anvandare.aktor());
    }

    @GetMapping("/{id}")
    ResponseEntity<KvalitetsradsmoteDetaljer> hamta(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                                    @PathVariable KvalitetsradsmoteId id) {
        KvalitetsradsmoteDetaljer mote = tjanst.krav(anvandare.aktor(), id);
        return ResponseEntity.ok().eTag(Versioner.etag(mote.version())).body(mote);
    }

    /** The summary the council reviewed, as frozen; 404 until it is. */
    @GetMapping("/{id}/underlag")
    ResponseEntity<Manadssammanstallning> underlag(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                                   @PathVariable KvalitetsradsmoteId id) {
        return ResponseEntity.of(tjanst.underlag(tjanst.krav(anvandare.aktor(), id)));
    }

    @GetMapping("/{id}/protokoll.pdf")
    ResponseEntity<byte[]> protokoll(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                     @PathVariable KvalitetsradsmoteId id) {
        KvalitetsradsmoteDetaljer mote = tjanst.krav(anvandare.aktor(), id);
        return protokoll.svar(mote);
    }

    @PostMapping(path = "/{id}/deltagare", consumes = JSON)
    Utford deltagare(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable KvalitetsradsmoteId id,
                     @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                     @Valid @RequestBody Deltagare b) {
        return new Utford(id.toString(), handlaggning.andraDeltagare(id, Versioner.kravd(ifMatch, b.version()),
                anvandare.aktor(), b.deltagare()));
    }

    /** Builds the month's summary now and freezes it in the meeting; once only. The body is optional. */
    @PostMapping(path = "/{id}/underlag", consumes = JSON)
    Utford frys(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable KvalitetsradsmoteId id,
                @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                @Valid @RequestBody(required = false) Version b) {
        return new Utford(id.toString(), handlaggning.frysUnderlag(id, Versioner.kravd(ifMatch, version(b)),
                anvandare.aktor()));
    }

    @PostMapping(path = "/{id}/punkter", consumes = JSON)
    Utford anteckna(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable KvalitetsradsmoteId id,
                    @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                    @Valid @RequestBody Punkt b) {
        return new Utford(id.toString(), handlaggning.anteckna(id, Versioner.kravd(ifMatch, b.version()),
                anvandare.aktor(), b.nummer(), b.rubrik(), b.anteckning()));
    }

    /** A decision; with {@code atgard} also an åtgärd in the backlog. A given {@code beslut} id is kept once. */
    @PostMapping(path = "/{id}/beslut", consumes = JSON)
    Utford besluta(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable KvalitetsradsmoteId id,
                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                   @Valid @RequestBody Beslut b) {
        BeslutId beslut = new BeslutId(b.beslut() == null ? UUID.randomUUID() : UUID.fromString(b.beslut()));
        return new Utford(id.toString(), handlaggning.fattaBeslut(id, Versioner.kravd(ifMatch, b.version()),
                anvandare.aktor(), beslut, b.text(), b.atgard()));
    }

    /** The body is optional. */
    @PostMapping(path = "/{id}/justering", consumes = JSON)
    Utford justera(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable KvalitetsradsmoteId id,
                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                   @Valid @RequestBody(required = false) Version b) {
        return new Utford(id.toString(), handlaggning.justera(id, Versioner.kravd(ifMatch, version(b)),
                anvandare.aktor()));
    }

    private static Long version(Version b) {
        return b == null ? null : b.version();
    }
}
