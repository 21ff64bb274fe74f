package se.kvalitetsledning.riskanalys;

import java.util.Objects;
import java.util.UUID;

/** Identifies a riskanalys. */
public record RiskanalysId(UUID value) {

    public RiskanalysId {
        Objects.requireNonNull(value, "value");
    }

    public static RiskanalysId nytt() {
        return new RiskanalysId(UUID.randomUUID());
    }

    public static RiskanalysId av(String value) {
        return new RiskanalysId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
