package se.kvalitetsledning.sammanstallning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Tells whether two avvikelser concern the same brukare without keeping who: the SHA-256 (hex) of the brukarreferens
 * upper-cased with every space removed, so " b-17 " and "B-17" are one person.
 */
final class Brukarnyckel {

    private Brukarnyckel() {
    }

    /** The key of a brukarreferens; null when there is none. */
    static String av(String brukarreferens) {
        if (brukarreferens == null) {
            return null;
        }
        String normaliserad = brukarreferens.replaceAll("(?U)\\s+", "").toUpperCase(Locale.ROOT);
        if (normaliserad.isEmpty()) {
            return null;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normaliserad.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java utan SHA-256", e);
        }
    }
}
