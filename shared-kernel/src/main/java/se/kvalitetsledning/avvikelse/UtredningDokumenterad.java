package se.kvalitetsledning.avvikelse;

import java.time.Instant;
import java.util.Set;

import se.kvalitetsledning.gemensamt.PersonligUppgift;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

@Revision("1")
public record UtredningDokumenterad(
        AvvikelseId id,
        Set<Orsaksomrade> orsaksomraden,
        Set<BakomliggandeOrsak> bakomliggandeOrsaker,
        @PersonligUppgift String analys,
        Anvandare av,
        Instant tid) {

    /** Unmodifiable copies: an event never changes, so one deserialized can be shared by every reader. */
    public UtredningDokumenterad {
        orsaksomraden = orsaksomraden == null ? null : Set.copyOf(orsaksomraden);
        bakomliggandeOrsaker = bakomliggandeOrsaker == null ? null : Set.copyOf(bakomliggandeOrsaker);
    }
}
