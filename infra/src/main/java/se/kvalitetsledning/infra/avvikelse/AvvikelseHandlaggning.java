package se.kvalitetsledning.infra.avvikelse;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Service;

import se.kvalitetsledning.avvikelse.AteroppnaAvvikelse;
import se.kvalitetsledning.avvikelse.AvskrivMissforhallande;
import se.kvalitetsledning.avvikelse.AvslutaAvvikelse;
import se.kvalitetsledning.avvikelse.AvvikelseDetaljer;
import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.avvikelse.BakomliggandeOrsak;
import se.kvalitetsledning.avvikelse.DokumenteraUtredning;
import se.kvalitetsledning.avvikelse.EskaleraTillLexSarah;
import se.kvalitetsledning.avvikelse.GeAterkoppling;
import se.kvalitetsledning.avvikelse.KlassificeraAvvikelse;
import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.avvikelse.RegistreraUteblivenAterkoppling;
import se.kvalitetsledning.avvikelse.TilldelaAvvikelse;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.axon.Andringsutskick;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * The handler's commands, as the web UI and the API send them: built with the actor and the clock, sent with the
 * version the user saw, and answered with the version they made once the read side shows it.
 */
@Service
public class AvvikelseHandlaggning {

    private final Andringsutskick andringar;
    private final AvvikelseTjanst tjanst;
    private final Anvandarkatalog anvandarkatalog;

    AvvikelseHandlaggning(Andringsutskick andringar, AvvikelseTjanst tjanst, Anvandarkatalog anvandarkatalog) {
        this.andringar = andringar;
        this.tjanst = tjanst;
        this.anvandarkatalog = anvandarkatalog;
    }

    /** Assigns to a configured user who may handle the enhet's avvikelser. */
    public long tilldela(AvvikelseId id, long version, Aktor aktor, String anvandarnamn) {
        AvvikelseDetaljer avvikelse = tjanst.hamta(aktor, id).orElseThrow(() -> new AvvikelseSaknas(id));
        Aktor handlaggare = anvandarkatalog.hitta(anvandarnamn)
                .filter(a -> a.farHandlagga(new EnhetId(avvikelse.enhet())))
                .orElseThrow(() -> new OgiltigIndata("handlaggare",
                        "Användaren " + anvandarnamn + " finns inte eller får inte handlägga enhetens avvikelser"));
        return skicka(id, version, (v, tid) -> new TilldelaAvvikelse(id, v, handlaggare.anvandare(), aktor, tid));
    }

    public long klassificera(AvvikelseId id, long version, Aktor aktor, String kategori,
                             Set<Kvalitetsomrade> kvalitetsomraden, int konsekvens, int sannolikhet) {
        tjanst.kontrolleraKategori("kategori", kategori);
        return skicka(id, version, (v, tid) -> new KlassificeraAvvikelse(id, v, new KategoriId(kategori),
                EnumSet.copyOf(kvalitetsomraden), konsekvens, sannolikhet, aktor, tid));
    }

    public long utred(AvvikelseId id, long version, Aktor aktor, Set<Orsaksomrade> orsaksomraden,
                      Set<BakomliggandeOrsak> bakomliggandeOrsaker, String analys) {
        Set<BakomliggandeOrsak> orsaker = bakomliggandeOrsaker == null || bakomliggandeOrsaker.isEmpty()
                ? EnumSet.noneOf(BakomliggandeOrsak.class) : EnumSet.copyOf(bakomliggandeOrsaker);
        return skicka(id, version, (v, tid) -> new DokumenteraUtredning(id, v, EnumSet.copyOf(orsaksomraden),
                orsaker, analys, aktor, tid));
    }

    public long eskaleraTillLexSarah(AvvikelseId id, long version, Aktor aktor, String kommentar) {
        return skicka(id, version, (v, tid) -> new EskaleraTillLexSarah(id, v, kommentar, aktor, tid));
    }

    public long avskrivMissforhallande(AvvikelseId id, long version, Aktor aktor, String skal) {
        return skicka(id, version, (v, tid) -> new AvskrivMissforhallande(id, v, skal, aktor, tid));
    }

    public long geAterkoppling(AvvikelseId id, long version, Aktor aktor, String text) {
        return skicka(id, version, (v, tid) -> new GeAterkoppling(id, v, text, aktor, tid));
    }

    public long registreraUteblivenAterkoppling(AvvikelseId id, long version, Aktor aktor, String skal) {
        return skicka(id, version, (v, tid) -> new RegistreraUteblivenAterkoppling(id, v, skal, aktor, tid));
    }

    /** With åtgärder still open, {@code atgarderFortsatterSkal} says why they continue on their own. */
    public long avsluta(AvvikelseId id, long version, Aktor aktor, String atgarderFortsatterSkal) {
        return skicka(id, version, (v, tid) -> new AvslutaAvvikelse(id, v, atgarderFortsatterSkal, aktor, tid));
    }

    public long ateroppna(AvvikelseId id, long version, Aktor aktor, String skal) {
        return skicka(id, version, (v, tid) -> new AteroppnaAvvikelse(id, v, skal, aktor, tid));
    }

    private long skicka(AvvikelseId id, long forvantadVersion, Andringsutskick.Kommando kommando) {
        return andringar.skicka(forvantadVersion, kommando, ny -> tjanst.vantaPaLasmodellen(id, ny));
    }
}
