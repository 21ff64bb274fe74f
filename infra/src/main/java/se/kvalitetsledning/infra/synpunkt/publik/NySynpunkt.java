package se.kvalitetsledning.infra.synpunkt.publik;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.util.StringUtils;

import se.kvalitetsledning.gemensamt.PersonligUppgift;
import se.kvalitetsledning.synpunkt.Kontaktuppgifter;
import se.kvalitetsledning.synpunkt.Synpunktstyp;

/**
 * What a member of the public sends, from the form or the API, with the limits of {@code TaEmotSynpunkt}. No
 * {@code enhet} means the sender does not know which. {@code webbplats} is a trap for robots: a person leaves it
 * empty.
 */
record NySynpunkt(
        @NotNull(message = "Välj vad det gäller") Synpunktstyp typ,
        @Size(max = 60, message = "Högst 60 tecken") String enhet,
        @PersonligUppgift @NotBlank(message = "Berätta vad som hände")
        @Size(max = 8000, message = "Högst 8000 tecken") String vadHande,
        @PersonligUppgift @Size(max = 4000, message = "Högst 4000 tecken") String onskemal,
        @Valid Kontakt kontakt,
        @Size(max = 200, message = "Högst 200 tecken") String webbplats) {

    /** How the sender can be answered; all optional. */
    record Kontakt(
            @PersonligUppgift @Size(max = 200, message = "Högst 200 tecken") String namn,
            @PersonligUppgift @Size(max = 200, message = "Högst 200 tecken")
            @Email(message = "Skriv e-postadressen som namn@exempel.se") String epost,
            @PersonligUppgift @Size(max = 40, message = "Högst 40 tecken") String telefon,
            @PersonligUppgift @Size(max = 400, message = "Högst 400 tecken") String adress) {
    }

    boolean arFalla() {
        return StringUtils.hasText(webbplats);
    }

    String enhetOmKand() {
        return StringUtils.hasText(enhet) ? enhet : null;
    }

    /** The contact details as given, blank ones left out; none at all is an anonymous sender. */
    Kontaktuppgifter kontaktuppgifter() {
        if (kontakt == null) {
            return null;
        }
        Kontaktuppgifter uppgifter = new Kontaktuppgifter(text(kontakt.namn()), text(kontakt.epost()),
                text(kontakt.telefon()), text(kontakt.adress()));
        return uppgifter.kanBesvaras() || uppgifter.namn() != null ? uppgifter : null;
    }

    boolean kanBesvaras() {
        Kontaktuppgifter uppgifter = kontaktuppgifter();
        return uppgifter != null && uppgifter.kanBesvaras();
    }

    private static String text(String text) {
        return StringUtils.hasText(text) ? text : null;
    }
}
