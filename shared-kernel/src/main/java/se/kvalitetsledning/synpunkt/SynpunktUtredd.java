package se.kvalitetsledning.synpunkt;

import java.time.Instant;
import java.util.Set;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.PersonligUppgift;
import se.kvalitetsledning.kategori.KategoriId;

/** The synpunkt was investigated and classified; a later investigation replaces it and both are kept. */
@Revision("1")
public record SynpunktUtredd(
        SynpunktId id,
        KategoriId kategori,
        Set<Kvalitetsomrade> kvalitetsomraden,
        Set<Orsaksomrade> orsaksomraden,
        @PersonligUppgift String analys,
        Anvandare av,
        Instant tid) {

    /** Unmodifiable copies: an event never changes, so one deserialized can be shared by every reader. */
    public SynpunktUtredd {
        kvalitetsomraden = kvalitetsomraden == null ? null : Set.copyOf(kvalitetsomraden);
        orsaksomraden = orsaksomraden == null ? null : Set.copyOf(orsaksomraden);
    }
}
