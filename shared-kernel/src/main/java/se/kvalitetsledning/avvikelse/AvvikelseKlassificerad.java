package se.kvalitetsledning.avvikelse;

import java.time.Instant;
import java.util.Set;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.kategori.KategoriId;

@Revision("1")
public record AvvikelseKlassificerad(
        AvvikelseId id,
        KategoriId kategori,
        Set<Kvalitetsomrade> kvalitetsomraden,
        int konsekvens,
        int sannolikhet,
        Anvandare av,
        Instant tid) {

    /** Unmodifiable copies: an event never changes, so one deserialized can be shared by every reader. */
    public AvvikelseKlassificerad {
        kvalitetsomraden = kvalitetsomraden == null ? null : Set.copyOf(kvalitetsomraden);
    }
}
