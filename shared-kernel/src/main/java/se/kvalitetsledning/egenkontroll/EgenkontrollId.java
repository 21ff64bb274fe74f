package se.kvalitetsledning.egenkontroll;

import java.util.Objects;
import java.util.UUID;

/** Identifies one planned or performed egenkontroll. */
public record EgenkontrollId(UUID value) {

    public EgenkontrollId {
        Objects.requireNonNull(value, "value");
    }

    public static EgenkontrollId nytt() {
        return new EgenkontrollId(UUID.randomUUID());
    }

    public static EgenkontrollId av(String value) {
        return new EgenkontrollId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
