package se.kvalitetsledning.organisation;

import java.util.Objects;

/** Identifies a förvaltning by a short readable key, e.g. "socialforvaltningen". */
public record ForvaltningId(String value) {

    public ForvaltningId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
