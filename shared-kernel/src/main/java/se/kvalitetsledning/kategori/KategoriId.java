package se.kvalitetsledning.kategori;

import java.util.Objects;

/** Identifies an avvikelse category by a short readable key, e.g. "bemotande". */
public record KategoriId(String value) {

    public KategoriId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The aggregate identifier Axon stores. Identifiers are unique across all aggregate types in the event store,
     * so reference-data keys carry their type; use {@link #value()} for the key itself.
     */
    @Override
    public String toString() {
        return "kategori:" + value;
    }
}
