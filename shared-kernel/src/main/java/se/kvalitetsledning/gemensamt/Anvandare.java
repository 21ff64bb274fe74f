package se.kvalitetsledning.gemensamt;

import java.util.Objects;

/** Who did something, as recorded in events: the login name and the name people know them by. */
public record Anvandare(String anvandarnamn, String namn) {
    public Anvandare {
        Objects.requireNonNull(anvandarnamn, "anvandarnamn");
        Objects.requireNonNull(namn, "namn");
    }
}
