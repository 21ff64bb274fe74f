package se.kvalitetsledning.kvalitetsrad;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import se.kvalitetsledning.atgard.AtgardId;

/** One decision of a meeting; chosen by the client, so sending the same decision again records it once. */
public record BeslutId(UUID value) {

    public BeslutId {
        Objects.requireNonNull(value, "value");
    }

    public static BeslutId av(String value) {
        return new BeslutId(UUID.fromString(value));
    }

    /** The åtgärd this decision creates, if it creates one: the same for every try. */
    public AtgardId atgard() {
        return new AtgardId(UUID.nameUUIDFromBytes(("atgard:kvalitetsrad-beslut:" + value)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
