package se.kvalitetsledning.synpunkt;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.gemensamt.PersonligUppgift;

/** How the sender can be answered; all optional, and without any of them the synpunkt is anonymous. */
public record Kontaktuppgifter(
        @PersonligUppgift @Size(max = 200, message = "Högst 200 tecken") String namn,
        @PersonligUppgift @Email(message = "Ange en giltig e-postadress") @Size(max = 200, message = "Högst 200 tecken")
        String epost,
        @PersonligUppgift @Size(max = 40, message = "Högst 40 tecken") String telefon,
        @PersonligUppgift @Size(max = 400, message = "Högst 400 tecken") String adress) {

    /** An answer needs somewhere to go: an e-mail address, a telephone number or a postal address. */
    public boolean kanBesvaras() {
        return finns(epost) || finns(telefon) || finns(adress);
    }

    private static boolean finns(String text) {
        return text != null && !text.isBlank();
    }
}
