package se.kvalitetsledning.infra.webb;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;

/** The login form; Spring Security receives the POST to the same address and comes back with ?error. */
@Controller
@Webbsida
class InloggningSida {

    @GetMapping("/logga-in")
    String visa(@AuthenticationPrincipal InloggadAnvandare anvandare,
                HttpServletRequest begaran, Model model) {
        if (anvandare != null) {
            return "redirect:/";
        }
        // present without a value (?error, ?utloggad), so read the raw parameters
        model.addAttribute("inloggningsfel", begaran.getParameter("error") != null);
        model.addAttribute("utloggad", begaran.getParameter("utloggad") != null);
        return "logga-in";
    }
}
