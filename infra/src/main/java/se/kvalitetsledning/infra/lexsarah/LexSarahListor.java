package se.kvalitetsledning.infra.lexsarah;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.Webbsida;

/**
 * The lists of those who may see cases: the open cases, the most urgent first, and the register of a year's
 * rapporter with level and anmälan. Anyone else gets the 403 page.
 */
@Controller
@Webbsida
@RequestMapping("/lex-sarah")
class LexSarahListor {

    private static final int FORSTA_AR = 2000;
    private static final int SISTA_AR = 2100;
    private static final int AR_I_VALET = 10;

    private final LexSarahTjanst tjanst;
    private final Namnuppslag namn;
    private final Clock clock;

    LexSarahListor(LexSarahTjanst tjanst, Namnuppslag namn, Clock clock) {
        this.tjanst = tjanst;
        this.namn = namn;
        this.clock = clock;
    }

    @GetMapping
    String oppna(@AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        model.addAttribute("rader", tjanst.oppna(anvandare.aktor()));
        model.addAttribute("enhetsnamn", namn.enhetsnamn());
        return "lexsarah/lista";
    }

    @GetMapping("/register")
    String register(@AuthenticationPrincipal InloggadAnvandare anvandare,
                    @RequestParam(required = false) Integer ar, Model model) {
        int iar = LocalDate.now(clock.withZone(SvenskTid.ZON)).getYear();
        int valt = ar == null ? iar : ar;
        if (valt < FORSTA_AR || valt > SISTA_AR) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Året ska vara 2000–2100");
        }
        model.addAttribute("rader", tjanst.register(anvandare.aktor(), valt));
        model.addAttribute("ar", valt);
        model.addAttribute("arval", arval(iar, valt));
        model.addAttribute("enhetsnamn", namn.enhetsnamn());
        return "lexsarah/register";
    }

    /** This year and the ones before it, newest first, and the chosen one should it lie outside them. */
    private static List<Integer> arval(int iar, int valt) {
        SortedSet<Integer> ar = new TreeSet<>(Comparator.reverseOrder());
        for (int a = iar; a > iar - AR_I_VALET && a >= FORSTA_AR; a--) {
            ar.add(a);
        }
        ar.add(valt);
        return List.copyOf(ar);
    }
}
