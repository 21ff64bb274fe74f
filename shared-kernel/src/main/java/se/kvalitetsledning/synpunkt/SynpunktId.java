package se.kvalitetsledning.synpunkt;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** Identifies a synpunkt. */
public record SynpunktId(UUID value) {

    public SynpunktId {
        Objects.requireNonNull(value, "value");
    }

    public static SynpunktId nytt() {
        return new SynpunktId(UUID.randomUUID());
    }

    public static SynpunktId av(String value) {
        return new SynpunktId(UUID.fromString(value));
    }

    /** The reference the sender is given, short enough to read out on the phone. */
    public String referens() {
        return "SP-" + value.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
