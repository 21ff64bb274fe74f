package se.kvalitetsledning.riskanalys;

import java.util.Objects;
import java.util.UUID;

/** Identifies a risk within its riskanalys; chosen by the sender, like every id. */
public record RiskId(UUID value) {

    public RiskId {
        Objects.requireNonNull(value, "value");
    }

    public static RiskId nytt() {
        return new RiskId(UUID.randomUUID());
    }

    public static RiskId av(String value) {
        return new RiskId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
