package se.kvalitetsledning.kvalitetsrad;

import java.util.Objects;
import java.util.UUID;

public record KvalitetsradsmoteId(UUID value) {

    public KvalitetsradsmoteId {
        Objects.requireNonNull(value, "value");
    }

    public static KvalitetsradsmoteId nytt() {
        return new KvalitetsradsmoteId(UUID.randomUUID());
    }

    public static KvalitetsradsmoteId av(String value) {
        return new KvalitetsradsmoteId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
