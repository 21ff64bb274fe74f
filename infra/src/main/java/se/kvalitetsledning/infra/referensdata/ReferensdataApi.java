package se.kvalitetsledning.infra.referensdata;

import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.kategori.AvvecklaKategori;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.kategori.KategoriInfo;
import se.kvalitetsledning.kategori.RegistreraKategori;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.organisation.ForvaltningId;
import se.kvalitetsledning.organisation.Organisationsnod;
import se.kvalitetsledning.organisation.RegistreraEnhet;
import se.kvalitetsledning.organisation.RegistreraForvaltning;
import se.kvalitetsledning.organisation.RegistreraVerksamhetsomrade;
import se.kvalitetsledning.organisation.VerksamhetsomradeId;

/** The organisation and the category catalogue: everyone reads them, an ADMIN extends them. */
@RestController
@RequestMapping("/api")
class ReferensdataApi {

    /** Only JSON bodies: anything else is a 415 before the body is read. */
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String NYCKEL = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final String NYCKEL_REGEL = "Gemener, siffror och bindestreck, t.ex. gruppbostad-eken";

    record NyNod(@NotBlank(message = "Ange nyckel") @Pattern(regexp = NYCKEL, message = NYCKEL_REGEL)
                 @Size(max = 60, message = "Högst 60 tecken") String id,
                 @NotBlank(message = "Ange namn") @Size(max = 200, message = "Högst 200 tecken") String namn,
                 @Size(max = 60, message = "Högst 60 tecken") String overordnad) {
    }

    record NyKategori(@NotBlank(message = "Ange nyckel") @Pattern(regexp = NYCKEL, message = NYCKEL_REGEL)
                      @Size(max = 60, message = "Högst 60 tecken") String id,
                      @NotBlank(message = "Ange namn") @Size(max = 200, message = "Högst 200 tecken") String namn,
                      @NotBlank(message = "Ange grupp, t.ex. SoL/LSS eller HSL") @Size(max = 50, message = "Högst 50 tecken")
                      String grupp,
                      @Size(max = 1000, message = "Högst 1000 tecken") String exempel,
                      @NotEmpty(message = "Välj minst ett kvalitetsområde") Set<Kvalitetsomrade> kvalitetsomraden) {
    }

    record Avveckling(@NotBlank(message = "Ange skäl") @Size(max = 1000, message = "Högst 1000 tecken") String skal) {
    }

    private final CommandGateway commandGateway;
    private final Referensdata referensdata;
    private final Clock clock;

    ReferensdataApi(CommandGateway commandGateway, Referensdata referensdata, Clock clock) {
        this.clock = clock;
        this.commandGateway = commandGateway;
        this.referensdata = referensdata;
    }

    @GetMapping("/organisation")
    List<Organisationsnod> organisation() {
        return referensdata.organisation();
    }

    @GetMapping("/kategorier")
    List<KategoriInfo> kategorier() {
        return referensdata.kategorier();
    }

    @PostMapping(path = "/organisation/forvaltningar", consumes = JSON)
    ResponseEntity<Void> nyForvaltning(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                       @Valid @RequestBody NyNod ny) {
        if (ny.overordnad() != null) {
            throw new OgiltigIndata("overordnad", "En förvaltning ligger överst och har ingen överordnad nod");
        }
        commandGateway.sendAndWait(new RegistreraForvaltning(new ForvaltningId(ny.id()), ny.namn(),
                anvandare.aktor(), clock.instant()));
        return skapad("/api/organisation");
    }

    @PostMapping(path = "/organisation/verksamhetsomraden", consumes = JSON)
    ResponseEntity<Void> nyttVerksamhetsomrade(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                               @Valid @RequestBody NyNod ny) {
        Organisationsnod forvaltning = overordnad(ny, Organisationsnod.Niva.FORVALTNING);
        commandGateway.sendAndWait(new RegistreraVerksamhetsomrade(new VerksamhetsomradeId(ny.id()), ny.namn(),
                new ForvaltningId(forvaltning.id()), anvandare.aktor(), clock.instant()));
        return skapad("/api/organisation");
    }

    @PostMapping(path = "/organisation/enheter", consumes = JSON)
    ResponseEntity<Void> nyEnhet(@AuthenticationPrincipal InloggadAnvandare anvandare, @Valid @RequestBody NyNod ny) {
        Organisationsnod omrade = overordnad(ny, Organisationsnod.Niva.VERKSAMHETSOMRADE);
        commandGateway.sendAndWait(new RegistreraEnhet(new EnhetId(ny.id()), ny.namn(),
                new VerksamhetsomradeId(omrade.id()), new ForvaltningId(omrade.overordnad()), anvandare.aktor(),
                clock.instant()));
        return skapad("/api/organisation");
    }

    @PostMapping(path = "/kategorier", consumes = JSON)
    ResponseEntity<Void> nyKategori(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                    @Valid @RequestBody NyKategori ny) {
        commandGateway.sendAndWait(new RegistreraKategori(new KategoriId(ny.id()), ny.namn(), ny.grupp(),
                ny.exempel(), EnumSet.copyOf(ny.kvalitetsomraden()), anvandare.aktor(), clock.instant()));
        return skapad("/api/kategorier");
    }

    @PostMapping(path = "/kategorier/{id}/avveckling", consumes = JSON)
    ResponseEntity<Void> avveckla(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable String id,
                                  @Valid @RequestBody Avveckling avveckling) {
        commandGateway.sendAndWait(new AvvecklaKategori(new KategoriId(id), avveckling.skal(), anvandare.aktor(),
                clock.instant()));
        return ResponseEntity.noContent().build();
    }

    private Organisationsnod overordnad(NyNod ny, Organisationsnod.Niva niva) {
        return referensdata.organisation().stream()
                .filter(n -> n.niva() == niva && n.id().equals(ny.overordnad()))
                .findFirst()
                .orElseThrow(() -> new OgiltigIndata("overordnad", "Okänd överordnad nod: " + ny.overordnad()));
    }

    private static ResponseEntity<Void> skapad(String plats) {
        return ResponseEntity.created(URI.create(plats)).build();
    }
}
