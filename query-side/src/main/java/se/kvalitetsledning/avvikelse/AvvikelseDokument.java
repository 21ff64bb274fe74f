package se.kvalitetsledning.avvikelse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.KoppladAtgard;
import se.kvalitetsledning.atgard.KoppladeAtgarderVy;
import se.kvalitetsledning.avvikelse.AvvikelseDetaljer.Handelse;
import se.kvalitetsledning.avvikelse.AvvikelseDetaljer.Klassificering;
import se.kvalitetsledning.avvikelse.AvvikelseDetaljer.Utredning;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.Risk;
import se.kvalitetsledning.gemensamt.Riskfarg;

/**
 * The whole case with its timeline, as of the event whose sequence number is {@code version}; also what the
 * list filters need: the category (classified, else the one the reporter suggested), the risk colour once
 * classified, and the lowercase text that free-text search looks in.
 */
@Document("avvikelse")
@CompoundIndexes({
        // the free-text search's order (newest first, then id), for one or some enheter and for all of them
        @CompoundIndex(name = "enhet_intraffade_id", def = "{'enhet': 1, 'intraffade': -1, '_id': 1}"),
        @CompoundIndex(name = "intraffade_id", def = "{'intraffade': -1, '_id': 1}")
})
class AvvikelseDokument {

    @Id
    String id;
    long version;
    String enhet;
    Instant intraffade;
    Instant registrerad;
    String plats;
    String beskrivning;
    String omedelbaraAtgarder;
    Integer konsekvensForPerson;
    String foreslagenKategori;
    String brukarreferens;
    boolean mojligtMissforhallande;
    String missforhallandeBesked;
    boolean eskaleradTillLexSarah;
    String franSynpunkt;
    Anvandare rapportor;
    Anvandare handlaggare;
    AvvikelseStatus status;
    Klassificering klassificering;
    Utredning utredning;
    String beslutadeAtgarder;
    String aterkoppling;
    String uteblivenAterkopplingSkal;
    List<Handelse> historik = new ArrayList<>();
    List<KoppladAtgard> atgarder = new ArrayList<>();
    String atgarderFortsatterSkal;

    String kategori;
    Riskfarg riskfarg;
    String sokText;

    static AvvikelseDokument registrerad(AvvikelseRegistrerad e, long version) {
        var d = new AvvikelseDokument();
        d.id = e.id().value().toString();
        d.version = version;
        d.enhet = e.enhet().value();
        d.intraffade = e.intraffade();
        d.registrerad = e.registrerad();
        d.plats = e.plats();
        d.beskrivning = e.beskrivning();
        d.omedelbaraAtgarder = e.omedelbaraAtgarder();
        d.konsekvensForPerson = e.konsekvensForPerson();
        d.foreslagenKategori = e.kategori() == null ? null : e.kategori().value();
        d.brukarreferens = e.brukarreferens();
        d.mojligtMissforhallande = e.mojligtMissforhallande();
        d.rapportor = e.rapportor();
        d.franSynpunkt = e.franSynpunkt() == null ? null : e.franSynpunkt().toString();
        d.status = AvvikelseStatus.REGISTRERAD;
        d.kategori = d.foreslagenKategori;
        d.sokText = sokText(e.beskrivning(), e.plats());
        return d;
    }

    void klassificera(String kategori, Set<Kvalitetsomrade> omraden, int konsekvens, int sannolikhet) {
        var risk = new Risk(sannolikhet, konsekvens);
        this.klassificering = new Klassificering(kategori, omraden == null ? Set.of() : Set.copyOf(omraden),
                konsekvens, sannolikhet, risk.riskvarde(), risk.farg());
        this.kategori = kategori;
        this.riskfarg = risk.farg();
    }

    /** Handling has begun; a closed case only reopens through its own event. */
    void underHandlaggning() {
        if (status != AvvikelseStatus.AVSLUTAD) {
            status = AvvikelseStatus.UNDER_HANDLAGGNING;
        }
    }

    void handelse(Instant tid, Anvandare av, String rubrik, String detalj) {
        historik.add(new Handelse(tid, av == null ? null : av.namn(), rubrik, detalj));
    }

    /** Documents written before åtgärder were linked have no list. */
    void kopplaAtgard(AtgardId atgard, String titel) {
        if (atgarder == null) {
            atgarder = new ArrayList<>();
        }
        KoppladeAtgarderVy.koppla(atgarder, atgard, titel);
    }

    void avslutaAtgard(AtgardId atgard) {
        KoppladeAtgarderVy.avsluta(atgarder, atgard);
    }

    /** At closing: the open åtgärder continue on their own. */
    void fortsatter(Set<AtgardId> fortsattande, String skal) {
        if (atgarder == null || fortsattande.isEmpty()) {
            return;
        }
        atgarderFortsatterSkal = skal;
        KoppladeAtgarderVy.fortsatter(atgarder, fortsattande);
    }

    boolean vantarPaLexSarahBesked() {
        return AvvikelseDetaljer.vantarPaLexSarahBesked(mojligtMissforhallande, missforhallandeBesked);
    }

    private static String sokText(String beskrivning, String plats) {
        return ((beskrivning == null ? "" : beskrivning) + "\n" + (plats == null ? "" : plats))
                .toLowerCase(Locale.ROOT);
    }
}
