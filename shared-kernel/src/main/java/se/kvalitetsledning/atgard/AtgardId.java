package se.kvalitetsledning.atgard;

import java.util.Objects;
import java.util.UUID;

/** Identifies an åtgärd. */
public record AtgardId(UUID value) {

    public AtgardId {
        Objects.requireNonNull(value, "value");
    }

    public static AtgardId nytt() {
        return new AtgardId(UUID.randomUUID());
    }

    public static AtgardId av(String value) {
        return new AtgardId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
