package se.kvalitetsledning.organisation;

import java.util.Objects;

/** Identifies a verksamhetsområde by a short readable key, e.g. "lss". */
public record VerksamhetsomradeId(String value) {

    public VerksamhetsomradeId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
