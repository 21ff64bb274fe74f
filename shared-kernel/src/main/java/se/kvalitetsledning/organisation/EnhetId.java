package se.kvalitetsledning.organisation;

import java.util.Objects;

/** Identifies an enhet (a unit) by a short readable key, e.g. "gruppbostad-eken". */
public record EnhetId(String value) {

    public EnhetId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The aggregate identifier Axon stores. Identifiers are unique across all aggregate types in the event store,
     * so reference-data keys carry their type; use {@link #value()} for the key itself.
     */
    @Override
    public String toString() {
        return "enhet:" + value;
    }
}
