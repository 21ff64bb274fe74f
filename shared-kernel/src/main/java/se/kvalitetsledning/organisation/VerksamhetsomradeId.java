package se.kvalitetsledning.organisation;

import java.util.Objects;

/** Identifies a verksamhetsområde by a short readable key, e.g. "lss". */
public record VerksamhetsomradeId(String value) {

    public VerksamhetsomradeId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The aggregate identifier Axon stores. Identifiers are unique across all aggregate types in the event store,
     * so reference-data keys carry their type; use {@link #value()} for the key itself.
     */
    @Override
    public String toString() {
        return "verksamhetsomrade:" + value;
    }
}
