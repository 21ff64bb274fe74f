package se.kvalitetsledning.infra.egenkontroll;

import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import se.kvalitetsledning.egenkontroll.KontrollmallDetaljer;
import se.kvalitetsledning.egenkontroll.KontrollmallId;
import se.kvalitetsledning.egenkontroll.KontrollmallRad;
import se.kvalitetsledning.infra.api.Versioner;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;

/** Kontrollmallar: created and kept by kvalitetssamordnare, one draft at a time, published as frozen versions. */
@RestController
@RequestMapping("/api/kontrollmallar")
class KontrollmallApi {

    private static final String IF_MATCH = "If-Match";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final EgenkontrollTjanst tjanst;
    private final EgenkontrollHandlaggning handlaggning;

    KontrollmallApi(EgenkontrollTjanst tjanst, EgenkontrollHandlaggning handlaggning) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
    }

    /** Creates a template with an empty first draft. */
    @PostMapping(consumes = JSON)
    ResponseEntity<EgenkontrollApiBegaran.Skapad> skapa(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                                        @Valid @RequestBody EgenkontrollApiBegaran.NyKontrollmall ny) {
        KontrollmallId id = tjanst.skapaMall(anvandare.aktor(), ny);
        return ResponseEntity.created(URI.create("/api/kontrollmallar/" + id))
                .body(new EgenkontrollApiBegaran.Skapad(id.toString(), 0));
    }

    @GetMapping
    List<KontrollmallRad> lista() {
        return tjanst.mallar();
    }

    @GetMapping("/{id}")
    ResponseEntity<KontrollmallDetaljer> hamta(@PathVariable KontrollmallId id) {
        KontrollmallDetaljer mall = tjanst.mall(id);
        return ResponseEntity.ok().eTag(Versioner.etag(mall.version())).body(mall);
    }

    /** Replaces the draft whole; after a publication it becomes the next version's draft. */
    @RequestMapping(path = "/{id}/utkast", method = {RequestMethod.PUT, RequestMethod.POST}, consumes = JSON)
    EgenkontrollApiBegaran.Utford andraUtkast(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                              @PathVariable KontrollmallId id,
                                              @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody EgenkontrollApiBegaran.Utkast b) {
        return utford(id, handlaggning.andraUtkast(id, Versioner.kravd(ifMatch, b.version()), anvandare.aktor(),
                b.innehall()));
    }

    @PostMapping(path = "/{id}/publicering", consumes = JSON)
    EgenkontrollApiBegaran.Utford publicera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                            @PathVariable KontrollmallId id,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            @RequestBody(required = false) EgenkontrollApiBegaran.Steg b) {
        return utford(id, handlaggning.publicera(id, Versioner.kravd(ifMatch, b == null ? null : b.version()),
                anvandare.aktor()));
    }

    private static EgenkontrollApiBegaran.Utford utford(KontrollmallId id, long version) {
        return new EgenkontrollApiBegaran.Utford(id.toString(), version);
    }
}
