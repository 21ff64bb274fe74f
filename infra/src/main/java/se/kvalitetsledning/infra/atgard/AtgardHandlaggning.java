package se.kvalitetsledning.infra.atgard;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.AvskrivAtgard;
import se.kvalitetsledning.atgard.BeslutaAtgard;
import se.kvalitetsledning.atgard.Effektutfall;
import se.kvalitetsledning.atgard.FlyttaAtgardensForfallodatum;
import se.kvalitetsledning.atgard.GenomforAtgard;
import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.atgard.LaggTillAtgardensKalla;
import se.kvalitetsledning.atgard.PaborjaAtgard;
import se.kvalitetsledning.atgard.UtvarderaAtgardensEffekt;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.infra.axon.Andringsutskick;

/**
 * An åtgärd's commands as the web UI and the API send them: built with the actor and the clock, sent with the version
 * the user saw, and answered with the version the åtgärd got once the read side shows it.
 */
@Service
public class AtgardHandlaggning {

    private final Andringsutskick andringar;
    private final AtgardTjanst tjanst;
    private final Kallor kallor;

    AtgardHandlaggning(Andringsutskick andringar, AtgardTjanst tjanst, Kallor kallor) {
        this.andringar = andringar;
        this.tjanst = tjanst;
        this.kallor = kallor;
    }

    public long besluta(AtgardId id, long version, Aktor aktor) {
        return skicka(id, version, aktor, (v, tid) -> new BeslutaAtgard(id, v, aktor, tid));
    }

    public long paborja(AtgardId id, long version, Aktor aktor) {
        return skicka(id, version, aktor, (v, tid) -> new PaborjaAtgard(id, v, aktor, tid));
    }

    public long genomfor(AtgardId id, long version, Aktor aktor, String kommentar) {
        return skicka(id, version, aktor, (v, tid) -> new GenomforAtgard(id, v, kommentar, aktor, tid));
    }

    public long utvardera(AtgardId id, long version, Aktor aktor, Effektutfall utfall, String evidens) {
        return skicka(id, version, aktor, (v, tid) -> new UtvarderaAtgardensEffekt(id, v, utfall, evidens, aktor, tid));
    }

    public long avskriv(AtgardId id, long version, Aktor aktor, String skal) {
        return skicka(id, version, aktor, (v, tid) -> new AvskrivAtgard(id, v, skal, aktor, tid));
    }

    public long flytta(AtgardId id, long version, Aktor aktor, LocalDate till, String skal) {
        tjanst.kontrolleraForfallodatum("till", till);
        return skicka(id, version, aktor, (v, tid) -> new FlyttaAtgardensForfallodatum(id, v, till, skal, aktor, tid));
    }

    /** One more source, checked like the first ones and linked on the source at once. */
    public long laggTillKalla(AtgardId id, long version, Aktor aktor, NyAtgard.Kallhanvisning hanvisning) {
        Kalla kalla = kallor.kontrollera(aktor, hanvisning, "kalla");
        String titel = tjanst.krav(aktor, id).titel();
        long ny = skicka(id, version, aktor, (v, tid) -> new LaggTillAtgardensKalla(id, v, kalla, aktor, tid));
        kallor.koppla(kalla, id, titel);
        return ny;
    }

    private long skicka(AtgardId id, long forvantadVersion, Aktor aktor, Andringsutskick.Kommando kommando) {
        // 404 or 403 before anything else, so that a refusal never tells more than reading would
        tjanst.krav(aktor, id);
        return andringar.skicka(forvantadVersion, kommando, ny -> tjanst.vantaPaLasmodellen(id, ny));
    }
}
