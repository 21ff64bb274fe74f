package se.kvalitetsledning.kvalitetsberattelse;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identifies a kvalitetsberättelse; there is one per year and scope, so its id is derived from them. */
public record KvalitetsberattelseId(UUID value) {

    public KvalitetsberattelseId {
        Objects.requireNonNull(value, "value");
    }

    /** The same year and scope always give the same id, so a second draft for them cannot be created. */
    public static KvalitetsberattelseId forAr(int ar, Omfang omfang) {
        String nyckel = "kvalitetsberattelse/" + ar + "/" + omfang.niva() + "/" + omfang.id();
        return new KvalitetsberattelseId(UUID.nameUUIDFromBytes(nyckel.getBytes(StandardCharsets.UTF_8)));
    }

    public static KvalitetsberattelseId av(String value) {
        return new KvalitetsberattelseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
