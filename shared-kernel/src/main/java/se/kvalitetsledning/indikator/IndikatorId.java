package se.kvalitetsledning.indikator;

import java.util.Objects;
import java.util.UUID;

/** Identifies an indikator, one goal of one enhet. */
public record IndikatorId(UUID value) {

    public IndikatorId {
        Objects.requireNonNull(value, "value");
    }

    public static IndikatorId nytt() {
        return new IndikatorId(UUID.randomUUID());
    }

    public static IndikatorId av(String value) {
        return new IndikatorId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
