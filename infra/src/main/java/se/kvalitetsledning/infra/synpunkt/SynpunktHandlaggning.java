package se.kvalitetsledning.infra.synpunkt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.axon.Andringsutskick;
import se.kvalitetsledning.infra.referensdata.Referensdata;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.synpunkt.AvslutaSynpunkt;
import se.kvalitetsledning.synpunkt.BesvaraSynpunkt;
import se.kvalitetsledning.synpunkt.EskaleraSynpunkt;
import se.kvalitetsledning.synpunkt.Eskaleringsmal;
import se.kvalitetsledning.synpunkt.KvitteraSynpunkt;
import se.kvalitetsledning.synpunkt.SynpunktId;
import se.kvalitetsledning.synpunkt.TilldelaSynpunkt;
import se.kvalitetsledning.synpunkt.UtredSynpunkt;
import se.kvalitetsledning.synpunkt.VidarebefordraSynpunkt;

/** The steps of handling a synpunkt, each sent with the version the handler saw. */
@Service
public class SynpunktHandlaggning {

    private final Andringsutskick andringar;
    private final SynpunktTjanst tjanst;
    private final Anvandarkatalog anvandarkatalog;
    private final Referensdata referensdata;
    private final Clock clock;

    SynpunktHandlaggning(Andringsutskick andringar, SynpunktTjanst tjanst, Anvandarkatalog anvandarkatalog,
                         Referensdata referensdata, Clock clock) {
        this.andringar = andringar;
        this.tjanst = tjanst;
        this.anvandarkatalog = anvandarkatalog;
        this.referensdata = referensdata;
        this.clock = clock;
    }

    public long kvittera(SynpunktId id, long version, Aktor aktor, String satt) {
        return skicka(id, version, aktor, (v, tid) -> new KvitteraSynpunkt(id, v, satt, aktor, tid));
    }

    /** Gives the synpunkt to a handler of the enhet (or a kvalitetssamordnare), which also settles the enhet. */
    public long tilldela(SynpunktId id, long version, Aktor aktor, String enhet, String anvandarnamn) {
        tjanst.krav(aktor, id);
        if (referensdata.enhet(enhet).isEmpty()) {
            throw new OgiltigIndata("enhet", "Okänd enhet: " + enhet);
        }
        Anvandare handlaggare = anvandarkatalog.utredareFor(new EnhetId(enhet)).stream()
                .filter(a -> a.anvandarnamn().equals(anvandarnamn)).findFirst()
                .orElseThrow(() -> new OgiltigIndata("handlaggare", "Användaren " + anvandarnamn
                        + " finns inte eller är varken handläggare för enheten eller kvalitetssamordnare"));
        return skicka(id, version, aktor,
                (v, tid) -> new TilldelaSynpunkt(id, v, new EnhetId(enhet), handlaggare, aktor, tid));
    }

    public long utred(SynpunktId id, long version, Aktor aktor, String kategori, Set<Kvalitetsomrade> omraden,
                      Set<Orsaksomrade> orsaker, String analys) {
        if (StringUtils.hasText(kategori) && !referensdata.valbarKategori(kategori)) {
            throw new OgiltigIndata("kategori", "Okänd eller inaktiv kategori: " + kategori);
        }
        KategoriId valdKategori = StringUtils.hasText(kategori) ? new KategoriId(kategori) : null;
        Set<Kvalitetsomrade> kvalitetsomraden = omraden == null || omraden.isEmpty()
                ? EnumSet.noneOf(Kvalitetsomrade.class) : EnumSet.copyOf(omraden);
        Set<Orsaksomrade> orsaksomraden = orsaker == null || orsaker.isEmpty()
                ? EnumSet.noneOf(Orsaksomrade.class) : EnumSet.copyOf(orsaker);
        return skicka(id, version, aktor, (v, tid) -> new UtredSynpunkt(id, v, valdKategori, kvalitetsomraden,
                orsaksomraden, analys, aktor, tid));
    }

    public long besvara(SynpunktId id, long version, Aktor aktor, String svar, String satt, LocalDate skickat) {
        if (skickat.isAfter(LocalDate.now(clock.withZone(SvenskTid.ZON)))) {
            throw new OgiltigIndata("skickat", "Dagen då svaret skickades får inte ligga i framtiden");
        }
        return skicka(id, version, aktor, (v, tid) -> new BesvaraSynpunkt(id, v, svar, satt, skickat, aktor, tid));
    }

    public long vidarebefordra(SynpunktId id, long version, Aktor aktor, String mottagare, String meddelande) {
        return skicka(id, version, aktor,
                (v, tid) -> new VidarebefordraSynpunkt(id, v, mottagare, meddelande, aktor, tid));
    }

    public long eskalera(SynpunktId id, long version, Aktor aktor, Eskaleringsmal mal, String kommentar) {
        return skicka(id, version, aktor, (v, tid) -> new EskaleraSynpunkt(id, v, mal, kommentar, aktor, tid));
    }

    /** With åtgärder still open, {@code atgarderFortsatterSkal} says why they continue on their own. */
    public long avsluta(SynpunktId id, long version, Aktor aktor, String atgarderFortsatterSkal) {
        return skicka(id, version, aktor, (v, tid) -> new AvslutaSynpunkt(id, v, atgarderFortsatterSkal, aktor, tid));
    }

    private long skicka(SynpunktId id, long forvantadVersion, Aktor aktor, Andringsutskick.Kommando kommando) {
        // 404 or 403 before anything else, so that a refusal never tells more than reading would
        tjanst.krav(aktor, id);
        return andringar.skicka(forvantadVersion, kommando, ny -> tjanst.vantaPaLasmodellen(id, ny));
    }
}
