package se.kvalitetsledning.synpunkt;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.lexsarah.LexSarahId;

/** Identifies a synpunkt. */
public record SynpunktId(UUID value) {

    public SynpunktId {
        Objects.requireNonNull(value, "value");
    }

    public static SynpunktId nytt() {
        return new SynpunktId(UUID.randomUUID());
    }

    public static SynpunktId av(String value) {
        return new SynpunktId(UUID.fromString(value));
    }

    /** The reference the sender is given, short enough to read out on the phone. */
    public String referens() {
        return "SP-" + value.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** The lex Sarah case this synpunkt becomes if escalated. */
    public LexSarahId lexSarah() {
        return new LexSarahId(harlett("lex-sarah"));
    }

    /** The avvikelse this synpunkt becomes if escalated. */
    public AvvikelseId avvikelse() {
        return new AvvikelseId(harlett("avvikelse"));
    }

    private UUID harlett(String typ) {
        return UUID.nameUUIDFromBytes((typ + ":synpunkt:" + value).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
