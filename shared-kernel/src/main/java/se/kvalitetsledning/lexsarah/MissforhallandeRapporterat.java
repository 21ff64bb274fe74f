package se.kvalitetsledning.lexsarah;

import java.time.Instant;
import java.util.Set;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.synpunkt.SynpunktId;

/**
 * A rapport about a missförhållande was received. {@code rapportor} is the reporter when they are a user (null for
 * an oral rapport from someone who is not), {@code franAvvikelse} the avvikelse it was escalated from, if any, and
 * {@code franSynpunkt} the synpunkt (null in events stored before synpunkter could be escalated).
 */
@Revision("1")
public record MissforhallandeRapporterat(
        LexSarahId id,
        EnhetId enhet,
        Instant intraffade,
        Instant mottagen,
        @PersonligUppgift String beskrivning,
        @PersonligUppgift String brukarreferens,
        Set<Handelsetyp> handelsetyper,
        boolean barnBerort,
        Rapportsatt rapportsatt,
        Anvandare rapportor,
        String rapportorNamn,
        AvvikelseId franAvvikelse,
        Anvandare registreradAv,
        Instant registrerad,
        SynpunktId franSynpunkt) {

    /** Unmodifiable copies: an event never changes, so one deserialized can be shared by every reader. */
    public MissforhallandeRapporterat {
        handelsetyper = handelsetyper == null ? null : Set.copyOf(handelsetyper);
    }
}
