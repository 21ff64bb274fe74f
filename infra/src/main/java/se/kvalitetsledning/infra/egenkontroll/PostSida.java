package se.kvalitetsledning.infra.egenkontroll;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer;
import se.kvalitetsledning.egenkontroll.EgenkontrollId;
import se.kvalitetsledning.egenkontroll.EgenkontrollStatus;
import se.kvalitetsledning.egenkontroll.FragaId;
import se.kvalitetsledning.egenkontroll.Svar;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Webbsida;

/**
 * The page of one sample item (by its number in the sample): its questions with the answers saved so far, saved
 * together as people go, several people at once and in any order. A stale version conflicts only with someone
 * else's change to the same question of the same item.
 */
@Controller
@Webbsida
@RequestMapping("/egenkontroller/{id}/poster/{nr}")
class PostSida {

    private final EgenkontrollTjanst tjanst;
    private final EgenkontrollHandlaggning handlaggning;
    private final Kontrollsteg steg;

    PostSida(EgenkontrollTjanst tjanst, EgenkontrollHandlaggning handlaggning, Kontrollsteg steg) {
        this.tjanst = tjanst;
        this.handlaggning = handlaggning;
        this.steg = steg;
    }

    @GetMapping
    String visa(@PathVariable EgenkontrollId id, @PathVariable int nr,
                @AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        return postsida(tjanst.krav(anvandare.aktor(), id), nr, model);
    }

    @PostMapping
    String spara(@PathVariable EgenkontrollId id, @PathVariable int nr,
                 @AuthenticationPrincipal InloggadAnvandare anvandare,
                 @Valid @ModelAttribute("postsvar") PostsvarFormular f, BindingResult fel, Model model,
                 RedirectAttributes flash) {
        Aktor aktor = anvandare.aktor();
        EgenkontrollDetaljer kontroll = tjanst.krav(aktor, id);
        String post = post(kontroll, nr);
        return steg.utfor(id, aktor, f, fel, model, flash, "Svaren för post " + nr + " är sparade",
                "/egenkontroller/" + id + "/poster/" + nr,
                () -> {
                    Map<FragaId, Svar> svar = Postsvar.tolka(kontroll.mallversion(), f.getSvar(), fel);
                    if (!fel.hasErrors()) {
                        Postsvar.attSkicka(kontroll.mallversion(), post, svar, Kontrollsvar.av(kontroll))
                                .forEach((fraga, nytt) -> handlaggning.besvara(id, f.getVersion(), aktor, post,
                                        fraga.value(), nytt));
                    }
                },
                k -> postsida(k, nr, model));
    }

    private String postsida(EgenkontrollDetaljer k, int nr, Model model) {
        Postvy vy = Postvy.av(k, kontrollerad(k, nr));
        model.addAttribute("k", k);
        model.addAttribute("vy", vy);
        model.addAttribute("farSvara", k.status() == EgenkontrollStatus.PAGAR);
        if (!model.containsAttribute("postsvar")) {
            PostsvarFormular formular = new PostsvarFormular();
            formular.setVersion(k.version());
            vy.fragor().stream().filter(r -> r.besvarat() != null).forEach(r ->
                    formular.getSvar().put(r.fraga().id().value(), Postvy.formvarde(r.besvarat().svar())));
            model.addAttribute("postsvar", formular);
        }
        return "egenkontroller/post";
    }

    private static String post(EgenkontrollDetaljer k, int nr) {
        return k.stickprov().poster().get(kontrollerad(k, nr) - 1);
    }

    /** A number outside the sample, or a check without one, names nothing that exists. */
    private static int kontrollerad(EgenkontrollDetaljer k, int nr) {
        if (k.stickprov() == null || k.mallversion() == null || nr < 1 || nr > k.stickprov().poster().size()) {
            throw new EgenkontrollSaknas(EgenkontrollId.av(k.id()));
        }
        return nr;
    }
}
