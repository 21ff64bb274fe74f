package se.kvalitetsledning.avvikelse;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.synpunkt.SynpunktId;

/** An avvikelse was filed; {@code franSynpunkt} is the synpunkt it was escalated from (null for one filed directly). */
@Revision("1")
public record AvvikelseRegistrerad(
        AvvikelseId id,
        EnhetId enhet,
        Instant intraffade,
        @PersonligUppgift String plats,
        @PersonligUppgift String beskrivning,
        @PersonligUppgift String omedelbaraAtgarder,
        Integer konsekvensForPerson,
        KategoriId kategori,
        @PersonligUppgift String brukarreferens,
        boolean mojligtMissforhallande,
        Anvandare rapportor,
        Instant registrerad,
        SynpunktId franSynpunkt) {
}
