package se.kvalitetsledning.infra.webb;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;

/** The first page after login: a greeting and the main actions, reporting first. */
@Controller
@Webbsida
class StartSida {

    @GetMapping("/")
    String visa(@AuthenticationPrincipal InloggadAnvandare anvandare, Model model) {
        String namn = anvandare.namn();
        model.addAttribute("fornamn", namn.contains(" ") ? namn.substring(0, namn.indexOf(' ')) : namn);
        return "start";
    }
}
