package se.kvalitetsledning.projektion;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A time as index rows write it: UTC to the millisecond (as the database keeps times), always the same width, so
 * that times compare as text and a page or a count reads rows without parsing a time.
 */
public final class Tidtext {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Tidtext() {
    }

    public static String av(Instant tid) {
        return FORMAT.format(tid);
    }
}
