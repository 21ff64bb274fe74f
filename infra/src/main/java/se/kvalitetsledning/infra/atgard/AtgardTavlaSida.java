package se.kvalitetsledning.infra.atgard;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import se.kvalitetsledning.atgard.AtgardRad;
import se.kvalitetsledning.atgard.AtgardStatus;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.Webbsida;

/**
 * The backlog as a board by status or as a list, filtered by a GET form that works without script, and its export.
 * Everyone sees what they own; handläggare, kvalitetssamordnare and ledning also their enheter's.
 */
@Controller
@Webbsida
@RequestMapping("/atgarder")
class AtgardTavlaSida {

    private final AtgardTjanst tjanst;
    private final AtgardExport export;
    private final Namnuppslag namn;
    private final Anvandarkatalog anvandarkatalog;

    AtgardTavlaSida(AtgardTjanst tjanst, AtgardExport export, Namnuppslag namn, Anvandarkatalog anvandarkatalog) {
        this.tjanst = tjanst;
        this.export = export;
        this.namn = namn;
        this.anvandarkatalog = anvandarkatalog;
    }

    @GetMapping
    String visa(@AuthenticationPrincipal InloggadAnvandare anvandare,
                @ModelAttribute("filter") TavlaFilter filter, BindingResult fel, Model model) {
        Aktor aktor = anvandare.aktor();
        List<AtgardRad> rader = tjanst.lista(aktor, filter.tillFilter());
        model.addAttribute("rader", rader);
        model.addAttribute("tavla", Tavla.av(rader, filter.getStatus()));
        model.addAttribute("filterfel", fel.getFieldErrors().stream()
                .map(f -> f.getDefaultMessage() + " – filtret används inte.").toList());
        model.addAttribute("idag", tjanst.idag());
        model.addAttribute("serEnheternas", AtgardTjanst.serEnheternas(aktor));
        if (AtgardTjanst.serEnheternas(aktor)) {
            model.addAttribute("enhetsval", namn.egnaEnheter(aktor));
            model.addAttribute("agarval", anvandarkatalog.iNagonAv(aktor.enheter()));
        }
        model.addAttribute("kvalitetsomraden", Kvalitetsomrade.values());
        model.addAttribute("kalltyper", Kalltyp.values());
        model.addAttribute("statusar", AtgardStatus.values());
        return "atgarder/tavla";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportera(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                     @ModelAttribute("filter") TavlaFilter filter, BindingResult fel) {
        return export.exportera(anvandare.aktor(), filter.tillFilter());
    }
}
