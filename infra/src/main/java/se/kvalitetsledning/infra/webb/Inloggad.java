package se.kvalitetsledning.infra.webb;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;

/** The name the header shows: {@code ${@inloggad.namn(#authentication)}} in a template. */
@Component("inloggad")
public class Inloggad {

    public String namn(Authentication autentisering) {
        if (autentisering == null) {
            return "";
        }
        return autentisering.getPrincipal() instanceof InloggadAnvandare anvandare
                ? anvandare.namn() : autentisering.getName();
    }
}
