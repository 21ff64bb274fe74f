package se.kvalitetsledning.infra.egenkontroll;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Service;

import se.kvalitetsledning.egenkontroll.AndraKontrollmallutkast;
import se.kvalitetsledning.egenkontroll.BesvaraFraga;
import se.kvalitetsledning.egenkontroll.DraStickprov;
import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer;
import se.kvalitetsledning.egenkontroll.EgenkontrollId;
import se.kvalitetsledning.egenkontroll.EgenkontrollStatus;
import se.kvalitetsledning.egenkontroll.Fraga;
import se.kvalitetsledning.egenkontroll.FragaId;
import se.kvalitetsledning.egenkontroll.KontrollmallId;
import se.kvalitetsledning.egenkontroll.Mallinnehall;
import se.kvalitetsledning.egenkontroll.PaborjaEgenkontroll;
import se.kvalitetsledning.egenkontroll.PlaneraOmEgenkontroll;
import se.kvalitetsledning.egenkontroll.PubliceraKontrollmall;
import se.kvalitetsledning.egenkontroll.SlutforEgenkontroll;
import se.kvalitetsledning.egenkontroll.StallInEgenkontroll;
import se.kvalitetsledning.egenkontroll.Svar;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.axon.Andringsutskick;
import se.kvalitetsledning.organisation.EnhetId;

/** The steps of keeping a template and performing a check, each sent with the version its sender saw. */
@Service
public class EgenkontrollHandlaggning {

    private final Andringsutskick andringar;
    private final EgenkontrollTjanst tjanst;

    EgenkontrollHandlaggning(Andringsutskick andringar, EgenkontrollTjanst tjanst) {
        this.andringar = andringar;
        this.tjanst = tjanst;
    }

    public long andraUtkast(KontrollmallId id, long version, Aktor aktor, Mallinnehall utkast) {
        return skicka(id, version, aktor, (v, tid) -> new AndraKontrollmallutkast(id, v, utkast, aktor, tid));
    }

    public long publicera(KontrollmallId id, long version, Aktor aktor) {
        return skicka(id, version, aktor, (v, tid) -> new PubliceraKontrollmall(id, v, aktor, tid));
    }

    public long planeraOm(EgenkontrollId id, long version, Aktor aktor, YearMonth manad, String ansvarig) {
        EgenkontrollDetaljer kontroll = tjanst.krav(aktor, id);
        var vem = tjanst.ansvarig(new EnhetId(kontroll.enhet()), ansvarig);
        return skicka(id, version, aktor, (v, tid) -> new PlaneraOmEgenkontroll(id, v, manad, vem, aktor, tid));
    }

    public long paborja(EgenkontrollId id, long version, Aktor aktor) {
        return skicka(id, version, aktor, (v, tid) -> new PaborjaEgenkontroll(id, v, aktor, tid));
    }

    /** Without a seed the server chooses one; the event records it, so the draw can be repeated. */
    public long draStickprov(EgenkontrollId id, long version, Aktor aktor, Integer populationsstorlek,
                             List<String> population, Integer stickprovsstorlek, Long fro) {
        tjanst.krav(aktor, id);
        if ((population == null) == (populationsstorlek == null)) {
            throw new OgiltigIndata("populationsstorlek",
                    "Ange antingen populationens storlek eller en lista med referenser");
        }
        long valtFro = fro != null ? fro : ThreadLocalRandom.current().nextLong();
        return skickaKravd(id, version, (v, tid) -> new DraStickprov(id, v, populationsstorlek, population,
                stickprovsstorlek, valtFro, aktor, tid));
    }

    public long besvara(EgenkontrollId id, long version, Aktor aktor, String post, String fraga, Svar svar) {
        kontrolleraSvar(tjanst.krav(aktor, id), post, new FragaId(fraga), svar);
        return skickaKravd(id, version,
                (v, tid) -> new BesvaraFraga(id, v, post, new FragaId(fraga), svar, aktor, tid));
    }

    public long slutfor(EgenkontrollId id, long version, Aktor aktor) {
        return skicka(id, version, aktor, (v, tid) -> new SlutforEgenkontroll(id, v, aktor, tid));
    }

    public long stallIn(EgenkontrollId id, long version, Aktor aktor, String skal) {
        return skicka(id, version, aktor, (v, tid) -> new StallInEgenkontroll(id, v, skal, aktor, tid));
    }

    /**
     * An answer names an item of the sample and a question of the check's template version, and is of the question's
     * kind; before the check is started and its sample drawn the step itself is refused (422), whatever the answer.
     */
    private static void kontrolleraSvar(EgenkontrollDetaljer kontroll, String post, FragaId fraga, Svar svar) {
        if (kontroll.status() != EgenkontrollStatus.PAGAR || kontroll.stickprov() == null) {
            return;
        }
        if (!kontroll.stickprov().poster().contains(post)) {
            throw new OgiltigIndata("post", "Posten finns inte i stickprovet");
        }
        Fraga fragan = kontroll.mallversion().fraga(fraga).orElseThrow(() -> new OgiltigIndata("fraga",
                "Frågan finns inte i mallens version " + kontroll.mallversion().nummer()));
        if (!svar.passar(fragan.svarstyp())) {
            throw new OgiltigIndata("svar", "Frågan besvaras med " + fragan.svarstyp().benamning());
        }
    }

    private long skicka(KontrollmallId id, long forvantadVersion, Aktor aktor, Andringsutskick.Kommando kommando) {
        EgenkontrollTjanst.kravForvaltaMallar(aktor);
        tjanst.mall(id);
        return andringar.skicka(forvantadVersion, kommando, ny -> tjanst.vantaPaMallen(id, ny));
    }

    private long skicka(EgenkontrollId id, long forvantadVersion, Aktor aktor, Andringsutskick.Kommando kommando) {
        // 404 or 403 before anything else, so that a refusal never tells more than reading would
        tjanst.krav(aktor, id);
        return skickaKravd(id, forvantadVersion, kommando);
    }

    /** For a step that has already read the check through {@code tjanst.krav} for its own input checks. */
    private long skickaKravd(EgenkontrollId id, long forvantadVersion, Andringsutskick.Kommando kommando) {
        return andringar.skicka(forvantadVersion, kommando, ny -> tjanst.vantaPaKontrollen(id, ny));
    }
}
