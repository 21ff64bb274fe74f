package se.kvalitetsledning.synpunkt;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * A synpunkt was received. {@code enhet} is null when the sender did not know which; {@code kontakt} null for an
 * anonymous one; {@code registreradAv} null when it came through the public e-form.
 */
@Revision("1")
public record SynpunktInkommen(
        SynpunktId id,
        Synpunktstyp typ,
        Kanal kanal,
        EnhetId enhet,
        Instant mottagen,
        @PersonligUppgift String vadHande,
        @PersonligUppgift String onskemal,
        Kontaktuppgifter kontakt,
        Anvandare registreradAv,
        Instant registrerad) {
}
