package se.kvalitetsledning.infra.indikator;

import java.math.BigDecimal;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

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

import se.kvalitetsledning.indikator.IndikatorDetaljer;
import se.kvalitetsledning.indikator.IndikatorId;
import se.kvalitetsledning.infra.api.Versioner;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;

/** An enhet's goals: defining them, their targets over time and the monthly values, entered or computed. */
@RestController
@RequestMapping("/api/indikatorer")
class IndikatorApi {

    private static final String IF_MATCH = "If-Match";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    record Mal(@NotNull(message = "Ange målet") BigDecimal mal,
               @NotNull(message = "Ange det gula bandet (0 för inget)")
               @PositiveOrZero(message = "Får inte vara negativt") BigDecimal gulMarginal,
               @NotNull(message = "Ange första månaden målet gäller, t.ex. 2026-07") YearMonth fran, Long version) {
    }

    record Varde(@NotNull(message = "Ange månaden, t.ex. 2026-03") YearMonth manad,
                 @NotNull(message = "Ange värdet") @PositiveOrZero(message = "Får inte vara negativt")
                 BigDecimal varde,
                 @Size(max = 1000, message = "Högst 1000 tecken") String kommentar, Long version) {
    }

    record Avslut(@NotBlank(message = "Skriv varför indikatorn inte längre följs")
                  @Size(max = 1000, message = "Högst 1000 tecken") String skal, Long version) {
    }

    record Skapad(String id) {
    }

    record Utford(String id, long version) {
    }

    private final IndikatorTjanst tjanst;
    private final IndikatorHandlaggning handlaggning;

    IndikatorApi(IndikatorTjanst tjanst, IndikatorHandlaggning handlaggning) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
    }

    @PostMapping(consumes = JSON)
    ResponseEntity<Skapad> definiera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                     @Valid @RequestBody NyIndikator ny) {
        IndikatorId id = tjanst.definiera(anvandare.aktor(), ny);
        return ResponseEntity.created(URI.create("/api/indikatorer/" + id)).body(new Skapad(id.toString()));
    }

    /**
     * The caller's enheter's indikatorer, every month's value with its colour (a computed one's of the last 12
     * months); {@code enhet} narrows the list.
     */
    @GetMapping
    List<IndikatorDetaljer> lista(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                  @RequestParam(required = false) Set<String> enhet) {
        return tjanst.lista(anvandare.aktor(), enhet);
    }

    @GetMapping("/{id}")
    ResponseEntity<IndikatorDetaljer> hamta(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                            @PathVariable IndikatorId id) {
        IndikatorDetaljer indikator = tjanst.visa(anvandare.aktor(), id);
        return ResponseEntity.ok().eTag(Versioner.etag(indikator.version())).body(indikator);
    }

    /** A new target from a month on; earlier months keep theirs. */
    @PostMapping(path = "/{id}/mal", consumes = JSON)
    Utford andraMal(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable IndikatorId id,
                    @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                    @Valid @RequestBody Mal b) {
        return new Utford(id.toString(), handlaggning.andraMal(id, Versioner.kravd(ifMatch, b.version()),
                anvandare.aktor(), b.mal(), b.gulMarginal(), b.fran()));
    }

    /** A month's value; entering a month again corrects it, and the first value stays in the history. */
    @PostMapping(path = "/{id}/varden", consumes = JSON)
    Utford registrera(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable IndikatorId id,
                      @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                      @Valid @RequestBody Varde b) {
        return new Utford(id.toString(), handlaggning.registrera(id, Versioner.kravd(ifMatch, b.version()),
                anvandare.aktor(), b.manad(), b.varde(), b.kommentar()));
    }

    @PostMapping(path = "/{id}/avslut", consumes = JSON)
    Utford avsluta(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable IndikatorId id,
                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                   @Valid @RequestBody Avslut b) {
        return new Utford(id.toString(), handlaggning.avsluta(id, Versioner.kravd(ifMatch, b.version()),
                anvandare.aktor(), b.skal()));
    }
}
