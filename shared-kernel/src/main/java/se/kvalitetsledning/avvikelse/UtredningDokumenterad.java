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
}
