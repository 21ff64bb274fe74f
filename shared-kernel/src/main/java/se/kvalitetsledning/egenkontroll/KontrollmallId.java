package se.kvalitetsledning.egenkontroll;

import java.util.Objects;
import java.util.UUID;

/** Identifies a kontrollmall (a check type with its versions). */
public record KontrollmallId(UUID value) {

    public KontrollmallId {
        Objects.requireNonNull(value, "value");
    }

    public static KontrollmallId nytt() {
        return new KontrollmallId(UUID.randomUUID());
    }

    public static KontrollmallId av(String value) {
        return new KontrollmallId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
