package se.kvalitetsledning.avvikelse;

import java.util.Objects;
import java.util.UUID;

/** Identifies an avvikelse. */
public record AvvikelseId(UUID value) {

    public AvvikelseId {
        Objects.requireNonNull(value, "value");
    }

    public static AvvikelseId nytt() {
        return new AvvikelseId(UUID.randomUUID());
    }

    public static AvvikelseId av(String value) {
        return new AvvikelseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
