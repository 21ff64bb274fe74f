package se.kvalitetsledning.synpunkt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.KoppladAtgard;
import se.kvalitetsledning.atgard.KoppladeAtgarderVy;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.lexsarah.Frist.Fristlage;
import se.kvalitetsledning.projektion.Indexerade;
import se.kvalitetsledning.synpunkt.SynpunktDetaljer.Eskalering;
import se.kvalitetsledning.synpunkt.SynpunktDetaljer.Handelse;
import se.kvalitetsledning.synpunkt.SynpunktDetaljer.Kvittens;
import se.kvalitetsledning.synpunkt.SynpunktDetaljer.Svar;
import se.kvalitetsledning.synpunkt.SynpunktDetaljer.Utredning;
import se.kvalitetsledning.synpunkt.SynpunktDetaljer.Vidarebefordran;

/**
 * One synpunkt as its handlers see it. {@code enhet} is {@link SynpunktStatistik#UTAN_ENHET} while not known, so the
 * lists and counters can select it; {@code manad} ("2026-03") is the month received, which the counters go by.
 */
@Document("synpunkter")
@CompoundIndexes({
        @CompoundIndex(name = "enhet_mottagen", def = "{'enhet': 1, 'mottagen': -1}"),
        @CompoundIndex(name = "manad_enhet", def = "{'manad': 1, 'enhet': 1}")
})
class SynpunktDokument extends Indexerade.Dokument {

    String referens;
    Synpunktstyp typ;
    Kanal kanal;
    String enhet;
    SynpunktStatus status;
    boolean oppen;
    String manad;
    Instant mottagen;
    Instant registrerad;
    Anvandare registreradAv;
    String vadHande;
    String onskemal;
    Kontaktuppgifter kontakt;
    boolean anonym;
    Kvittens kvittens;
    Anvandare handlaggare;
    Utredning utredning;
    Svar svar;
    Vidarebefordran vidarebefordran;
    List<Eskalering> eskaleringar = new ArrayList<>();
    List<SynpunktFrist> frister = new ArrayList<>();
    @Indexed
    Instant nastaPaminnelse;
    Instant avslutad;
    List<Handelse> historik = new ArrayList<>();
    List<KoppladAtgard> atgarder = new ArrayList<>();
    String atgarderFortsatterSkal;

    void handelse(Instant tid, Anvandare av, String rubrik, String detalj) {
        historik.add(new Handelse(tid, av == null ? "Systemet" : av.namn(), rubrik, detalj));
    }

    String kategori() {
        return utredning == null || utredning.kategori() == null
                ? SynpunktStatistik.OKLASSIFICERAD : utredning.kategori();
    }

    Set<Kvalitetsomrade> kvalitetsomraden() {
        return utredning == null ? Set.of() : utredning.kvalitetsomraden();
    }

    void kopplaAtgard(AtgardId atgard, String titel) {
        KoppladeAtgarderVy.koppla(atgarder, atgard, titel);
    }

    void avslutaAtgard(AtgardId atgard) {
        KoppladeAtgarderVy.avsluta(atgarder, atgard);
    }

    /** At closing: the open åtgärder continue on their own. */
    void fortsatter(Set<AtgardId> fortsattande, String skal) {
        if (!fortsattande.isEmpty()) {
            atgarderFortsatterSkal = skal;
            KoppladeAtgarderVy.fortsatter(atgarder, fortsattande);
        }
    }

    void sattFrist(SynpunktFristtyp typ, Instant forfaller) {
        frister.removeIf(f -> f.typ() == typ && f.loper());
        frister.add(new SynpunktFrist(typ, forfaller, Fristlage.LOPER, false, null));
        beraknaNastaPaminnelse();
    }

    void avgorFrist(SynpunktFristtyp typ, Fristlage lage, Instant tid) {
        frister.replaceAll(f -> f.typ() == typ && f.loper()
                ? new SynpunktFrist(typ, f.forfaller(), lage, f.overskriden(), tid) : f);
        beraknaNastaPaminnelse();
    }

    void overskridFrist(SynpunktFristtyp typ) {
        frister.replaceAll(f -> f.typ() == typ && f.loper()
                ? new SynpunktFrist(typ, f.forfaller(), f.lage(), true, null) : f);
        beraknaNastaPaminnelse();
    }

    private void beraknaNastaPaminnelse() {
        nastaPaminnelse = frister.stream()
                .filter(f -> f.loper() && !f.overskriden())
                .map(SynpunktFrist::forfaller)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }
}
