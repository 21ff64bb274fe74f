package se.kvalitetsledning.kvalitetsberattelse;

import java.time.Instant;

/** One kvalitetsberättelse in a list: its year, scope, current edition and whether that is fastställd. */
public record KvalitetsberattelseRad(String id, long version, int ar, Omfang omfang, int utgava, boolean faststalld,
                                     Instant faststalldTid) {
}
