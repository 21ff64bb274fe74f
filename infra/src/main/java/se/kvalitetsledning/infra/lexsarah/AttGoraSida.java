package se.kvalitetsledning.infra.lexsarah;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.kvalitetsledning.infra.atgard.AtgardAttGora;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.synpunkt.SynpunktAttGora;
import se.kvalitetsledning.infra.synpunkt.SynpunktTjanst;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.Webbsida;

/** "Att göra": what the user has to do next, with its deadline: lex Sarah cases, synpunkter and
 * åtgärder. */
@Controller
@Webbsida
class AttGoraSida {

    private final AttGora attGora;
    private final SynpunktAttGora synpunkter;
    private final AtgardAttGora atgarder;
    private final Namnuppslag namn;

    AttGoraSida(AttGora attGora, SynpunktAttGora synpunkter, AtgardAttGora atgarder, Namnuppslag namn) {
        this.attGora = attGora;
        this.synpunkter = synpunkter;
        this.atgarder = atgarder;
        this.namn = namn;
    }

    @GetMapping("/att-gora")
    String visa(@AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        model.addAttribute("serLexSarah", LexSarahTjanst.serArenden(anvandare.aktor()));
        model.addAttribute("lexSarah", attGora.uppgifter(anvandare.aktor()));
        model.addAttribute("serSynpunkter", SynpunktTjanst.serSynpunkter(anvandare.aktor()));
        model.addAttribute("synpunkter", synpunkter.uppgifter(anvandare.aktor()));
        model.addAttribute("atgarder", atgarder.uppgifter(anvandare.aktor()));
        model.addAttribute("enhetsnamn", namn.enhetsnamn());
        return "att-gora";
    }
}
