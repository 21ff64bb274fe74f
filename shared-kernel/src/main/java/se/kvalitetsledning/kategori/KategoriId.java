package se.kvalitetsledning.kategori;

import java.util.Objects;

/** Identifies an avvikelse category by a short readable key, e.g. "bemotande". */
public record KategoriId(String value) {

    public KategoriId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
