package se.kvalitetsledning.infra.lexsarah;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Validator;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Formularfel;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.Webbsida;
import se.kvalitetsledning.lexsarah.Handelsetyp;
import se.kvalitetsledning.lexsarah.LexSarahAtkomst;
import se.kvalitetsledning.lexsarah.LexSarahId;

/**
 * The reporter's pages: filing a lex Sarah rapport (one's own, or an oral one received from someone else), the
 * receipt, and Mina lex Sarah-rapporter, which show that a rapport was received and closed, never the investigation.
 */
@Controller
@Webbsida
@RequestMapping("/lex-sarah")
class LexSarahSidor {

    private static final DateTimeFormatter FALTTID = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final LexSarahTjanst tjanst;
    private final Namnuppslag namn;
    private final Anvandarkatalog anvandarkatalog;
    private final Validator validator;
    private final Clock clock;

    LexSarahSidor(LexSarahTjanst tjanst, Namnuppslag namn, Anvandarkatalog anvandarkatalog, Validator validator,
                  Clock clock) {
        this.tjanst = tjanst;
        this.namn = namn;
        this.anvandarkatalog = anvandarkatalog;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/ny")
    String ny(@AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        LexSarahRapportFormular rapport = new LexSarahRapportFormular();
        rapport.setIntraffade(nu());
        var enheter = namn.egnaEnheter(anvandare.aktor());
        if (enheter.size() == 1) {
            rapport.setEnhet(enheter.get(0).id());
        }
        model.addAttribute("rapport", rapport);
        return rapporteringssida(anvandare.aktor(), model);
    }

    @PostMapping("/ny")
    String rapportera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                      @ModelAttribute("rapport") LexSarahRapportFormular rapport, BindingResult fel,
                      Model model) {
        Aktor aktor = anvandare.aktor();
        NyLexSarahRapport ny = rapport.tillNyRapport();
        Formularfel.kontrollera(validator, ny, LexSarahRapportFormular.FALT, fel);
        if (ny.muntlig() && !LexSarahAtkomst.tarEmotMuntligaRapporter(aktor)) {
            fel.rejectValue("muntlig", "roll", "Bara kvalitetssamordnare, ledning och handläggare registrerar"
                    + " muntliga rapporter");
        }
        if (!fel.hasErrors()) {
            try {
                return "redirect:/lex-sarah/" + tjanst.rapportera(aktor, ny) + "/kvitto";
            } catch (RuntimeException e) {
                Formularfel.visa(e, fel, LexSarahRapportFormular::faltForRegel);
            }
        }
        return rapporteringssida(aktor, model);
    }

    /**
     * The receipt: for the reporter, or for whoever registered the rapport on the reporter's behalf. Anyone else
     * learns nothing, not even that the case exists.
     */
    @GetMapping("/{id}/kvitto")
    String kvitto(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable LexSarahId id, Model model) {
        Aktor aktor = anvandare.aktor();
        var egen = tjanst.minaRapporter(aktor).stream().filter(r -> r.id().equals(id.toString())).findFirst();
        var rapport = egen.or(() -> tjanst.registreradAv(aktor, id)).orElseThrow(() -> new LexSarahSaknas(id));
        model.addAttribute("rapport", rapport);
        model.addAttribute("egen", egen.isPresent());
        model.addAttribute("enhetsnamn", namn.enhetsnamn());
        return "lexsarah/kvitto";
    }

    @GetMapping("/mina")
    String mina(@AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        model.addAttribute("rapporter", tjanst.minaRapporter(anvandare.aktor()));
        model.addAttribute("enhetsnamn", namn.enhetsnamn());
        return "lexsarah/mina";
    }

    private String rapporteringssida(Aktor aktor, Model model) {
        boolean muntliga = LexSarahAtkomst.tarEmotMuntligaRapporter(aktor);
        model.addAttribute("enheter", namn.egnaEnheter(aktor));
        model.addAttribute("handelsetyper", Handelsetyp.values());
        model.addAttribute("tarEmotMuntliga", muntliga);
        if (muntliga) {
            model.addAttribute("rapportorval", anvandarkatalog.iNagonAv(aktor.enheter()).stream()
                    .filter(a -> !a.equals(aktor.anvandare())).toList());
        }
        model.addAttribute("senast", nu().format(FALTTID));
        return "lexsarah/ny";
    }

    private LocalDateTime nu() {
        return LocalDateTime.now(clock.withZone(SvenskTid.ZON)).truncatedTo(ChronoUnit.MINUTES);
    }
}
