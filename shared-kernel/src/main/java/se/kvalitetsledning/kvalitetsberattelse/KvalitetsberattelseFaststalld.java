package se.kvalitetsledning.kvalitetsberattelse;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** Edition {@code utgava} was fastställd: as it stands now it is final. */
@Revision("1")
public record KvalitetsberattelseFaststalld(
        KvalitetsberattelseId id,
        int utgava,
        Anvandare av,
        Instant tid) {
}
