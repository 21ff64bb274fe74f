package se.kvalitetsledning.infra.lexsarah;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;
import se.kvalitetsledning.infra.webb.Webbsida;
import se.kvalitetsledning.lexsarah.LexSarahId;

/**
 * The case page's links to the anmälan to IVO (sent, or a draft) and its supplements, as PDF. A refusal is the
 * Swedish error page, so nothing here declares that it produces only PDF.
 */
@Controller
@Webbsida
@RequestMapping("/lex-sarah/{id}")
class IvoDokumentSidor {

    private final IvoAnmalningar anmalningar;

    IvoDokumentSidor(IvoAnmalningar anmalningar) {
        this.anmalningar = anmalningar;
    }

    @GetMapping("/anmalan.pdf")
    ResponseEntity<byte[]> anmalan(@AuthenticationPrincipal InloggadAnvandare anvandare, @PathVariable LexSarahId id) {
        return LexSarahApi.pdf("lex-sarah-anmalan-" + id + ".pdf", anmalningar.anmalan(anvandare.aktor(), id));
    }

    @GetMapping("/kompletteringar/{nummer}.pdf")
    ResponseEntity<byte[]> komplettering(@AuthenticationPrincipal InloggadAnvandare anvandare,
                                         @PathVariable LexSarahId id, @PathVariable int nummer) {
        return LexSarahApi.pdf("lex-sarah-komplettering-" + nummer + "-" + id + ".pdf",
                anmalningar.komplettering(anvandare.aktor(), id, nummer));
    }
}
