package se.kvalitetsledning.kvalitetsberattelse;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

/** A fastställd berättelse is corrected in a new draft edition {@code utgava}, for the reason given. */
@Revision("1")
public record NyUtgavaPaborjad(
        KvalitetsberattelseId id,
        int utgava,
        String anledning,
        Anvandare av,
        Instant tid) {
}
