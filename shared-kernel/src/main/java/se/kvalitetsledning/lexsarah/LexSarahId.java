package se.kvalitetsledning.lexsarah;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import se.kvalitetsledning.avvikelse.AvvikelseId;

/** Identifies a lex Sarah case. */
public record LexSarahId(UUID value) {

    public LexSarahId {
        Objects.requireNonNull(value, "value");
    }

    public static LexSarahId nytt() {
        return new LexSarahId(UUID.randomUUID());
    }

    public static LexSarahId av(String value) {
        return new LexSarahId(UUID.fromString(value));
    }

    /**
     * The case an escalated avvikelse becomes: derived from the avvikelse's id, so both sides know the link without
     * another event, and opening the case twice from the same escalation is refused as a duplicate.
     */
    public static LexSarahId franAvvikelse(AvvikelseId avvikelse) {
        return new LexSarahId(UUID.nameUUIDFromBytes(("lex-sarah:" + avvikelse).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
