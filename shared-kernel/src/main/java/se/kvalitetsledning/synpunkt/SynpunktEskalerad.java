package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/**
 * The synpunkt was escalated; {@code arende} is the id of the lex Sarah case or avvikelse it becomes, derived from the
 * synpunkt's own ({@link SynpunktId#lexSarah()}, {@link SynpunktId#avvikelse()}), so opening it twice is refused.
 */
@Revision("1")
public record SynpunktEskalerad(
        SynpunktId id,
        Eskaleringsmal mal,
        String arende,
        @PersonligUppgift String kommentar,
        Anvandare av,
        Instant tid) {
}
