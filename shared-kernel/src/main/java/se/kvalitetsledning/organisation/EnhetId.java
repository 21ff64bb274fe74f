package se.kvalitetsledning.organisation;

import java.util.Objects;

/** Identifies an enhet (a unit) by a short readable key, e.g. "gruppbostad-eken". */
public record EnhetId(String value) {

    public EnhetId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
