package se.kvalitetsledning.infra.synpunkt.kvittens;

import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * An address typed by the public, taken only as one bare address ({@code namn@example.se}): no display name, no list,
 * no group and no line breaks, so nothing the sender wrote can become another header or another recipient.
 */
final class Epostadress {

    private Epostadress() {
    }

    static Optional<InternetAddress> tolka(String text) {
        if (text == null || text.isBlank() || text.strip().chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        String adress = text.strip();
        try {
            InternetAddress tolkad = new InternetAddress(adress, true);
            tolkad.validate();
            boolean bar = !tolkad.isGroup() && tolkad.getPersonal() == null && adress.equals(tolkad.getAddress())
                    && adress.indexOf('@') > 0;
            return bar ? Optional.of(tolkad) : Optional.empty();
        } catch (AddressException fel) {
            return Optional.empty();
        }
    }
}
