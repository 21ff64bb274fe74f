package se.kvalitetsledning.infra.avvikelse;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.avvikelse.AvvikelseSida;
import se.kvalitetsledning.avvikelse.AvvikelseStatus;
import se.kvalitetsledning.avvikelse.ListaAvvikelser;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Formularfel;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.Webbsida;

/** The pages for filing an avvikelse, following up one's own reports, and the handlers' list. */
@Controller
@Webbsida
@RequestMapping("/avvikelser")
class AvvikelseSidor {

    private static final int PER_SIDA = 25;
    private static final int MINA_PER_SIDA = 20;

    private final AvvikelseTjanst tjanst;
    private final Namnuppslag namn;
    private final Validator validator;
    private final Clock clock;

    AvvikelseSidor(AvvikelseTjanst tjanst, Namnuppslag namn, Validator validator, Clock clock) {
        this.tjanst = tjanst;
        this.namn = namn;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/ny")
    String ny(@AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        AvvikelseFormular rapport = new AvvikelseFormular();
        rapport.setIntraffade(nu());
        var enheter = namn.egnaEnheter(anvandare.aktor());
        if (enheter.size() == 1) {
            rapport.setEnhet(enheter.get(0).id());
        }
        model.addAttribute("rapport", rapport);
        return rapporteringssida(anvandare.aktor(), model);
    }

    @PostMapping("/ny")
    String registrera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                      @ModelAttribute("rapport") AvvikelseFormular rapport, BindingResult fel, Model model) {
        NyAvvikelse ny = rapport.tillNyAvvikelse();
        Formularfel.kontrollera(validator, ny, AvvikelseFormular.FALT, fel);
        if (!fel.hasErrors()) {
            try {
                AvvikelseId id = tjanst.registrera(anvandare.aktor(), ny);
                return "redirect:/avvikelser/" + id + "/kvitto";
            } catch (RuntimeException e) {
                Formularfel.visa(e, fel, AvvikelseFormular::faltForRegel);
            }
        }
        return rapporteringssida(anvandare.aktor(), model);
    }

    @GetMapping("/{id}/kvitto")
    String kvitto(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable AvvikelseId id, Model model) {
        model.addAttribute("rapport",
                tjanst.minRapport(anvandare.aktor(), id).orElseThrow(() -> new AvvikelseSaknas(id)));
        model.addAttribute("enhetsnamn", namn.enhetsnamn());
        return "avvikelser/kvitto";
    }

    /** A page of the user's reports; with {@code rapport}, the page that holds that report. */
    @GetMapping("/mina")
    String mina(@AuthenticationPrincipal InloggadAnvandare anvandare,
                @RequestParam(required = false) Integer sida, @RequestParam(required = false) AvvikelseId rapport,
                Model model) {
        model.addAttribute("sida", rapport != null ? tjanst.sidanMed(anvandare.aktor(), rapport, MINA_PER_SIDA)
                : tjanst.minaRapporter(anvandare.aktor(), FilterFormular.sidindex(sida), MINA_PER_SIDA));
        model.addAttribute("enhetsnamn", namn.enhetsnamn());
        return "avvikelser/mina";
    }

    @GetMapping
    String lista(@AuthenticationPrincipal InloggadAnvandare anvandare,
                 @ModelAttribute("filter") FilterFormular filter, BindingResult fel,
                 @RequestHeader(value = "HX-Request", required = false) String htmx,
                 HttpServletResponse svar, Model model) {
        Aktor aktor = anvandare.aktor();
        if (!(aktor.har(Roll.HANDLAGGARE) || aktor.har(Roll.KVALITETSSAMORDNARE) || aktor.har(Roll.LEDNING))) {
            throw new AccessDeniedException("Listan är till för handläggare, kvalitetssamordnare och ledning");
        }
        filter.kontrollera(fel);
        Set<String> begarda = filter.getEnhet() == null ? null : Set.of(filter.getEnhet());
        AvvikelseSida sida = tjanst.lista(new ListaAvvikelser(LasbaraEnheter.begransa(aktor, begarda),
                filter.getStatus(), filter.getKategori(), filter.getFran(), filter.getTill(), filter.getRiskfarg(),
                filter.getText(), filter.sidindex(), PER_SIDA));
        Set<String> lasbara = LasbaraEnheter.begransa(aktor, null);
        model.addAttribute("sida", sida);
        model.addAttribute("filterfel", fel.getFieldErrors().stream()
                .map(f -> FilterFormular.etikett(f.getField()) + ": " + f.getDefaultMessage()
                        + " – filtret används inte.")
                .toList());
        model.addAttribute("enhetsval", namn.enheter(n -> lasbara == null || lasbara.contains(n.id())));
        model.addAttribute("kategorival", namn.allaKategorier());
        model.addAttribute("statusar", AvvikelseStatus.values());
        model.addAttribute("riskfarger", Riskfarg.values());
        model.addAttribute("enhetsnamn", namn.enhetsnamn());
        model.addAttribute("kategorinamn", namn.kategorinamn());
        model.addAttribute("htmx", htmx != null);
        svar.addHeader("Vary", "HX-Request");
        return htmx != null ? "avvikelser/lista :: resultat" : "avvikelser/lista";
    }

    private String rapporteringssida(Aktor aktor, Model model) {
        model.addAttribute("enheter", namn.egnaEnheter(aktor));
        model.addAttribute("kategorier", namn.valbaraKategorier());
        model.addAttribute("senast", nu().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        return "avvikelser/ny";
    }

    private LocalDateTime nu() {
        return LocalDateTime.now(clock.withZone(SvenskTid.ZON)).truncatedTo(ChronoUnit.MINUTES);
    }
}
