package se.kvalitetsledning.lexsarah;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.KoppladAtgard;
import se.kvalitetsledning.atgard.KoppladeAtgarderVy;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.lexsarah.LexSarahDetaljer.Anmalan;
import se.kvalitetsledning.lexsarah.LexSarahDetaljer.Bedomning;
import se.kvalitetsledning.lexsarah.LexSarahDetaljer.Handelse;
import se.kvalitetsledning.lexsarah.LexSarahDetaljer.Komplettering;

/**
 * One lex Sarah case with its deadlines and timeline, as of the event whose sequence number is {@code version}.
 * {@code nastaPaminnelse} is the earliest running deadline still without a reminder, what the deadline watch asks
 * for; {@code oppet} and {@code ar} serve the two lists.
 */
@Document("lex-sarah")
@CompoundIndexes({
        @CompoundIndex(name = "oppet_enhet", def = "{'oppet': 1, 'enhet': 1}"),
        @CompoundIndex(name = "ar_enhet", def = "{'ar': 1, 'enhet': 1}"),
        @CompoundIndex(name = "rapportor_registrerad", def = "{'rapportor.anvandarnamn': 1, 'registrerad': -1}")
})
class LexSarahDokument {

    @Id
    String id;
    long version;
    String enhet;
    LexSarahStadium stadium;
    boolean oppet;
    int ar;
    Instant intraffade;
    Instant mottagen;
    Instant registrerad;
    Rapportsatt rapportsatt;
    Anvandare rapportor;
    String rapportorNamn;
    Anvandare registreradAv;
    String franAvvikelse;
    String franSynpunkt;
    String beskrivning;
    String brukarreferens;
    Set<Handelsetyp> handelsetyper;
    boolean barnBerort;
    Anvandare utredare;
    List<IvoAnmalan.OmedelbarAtgard> omedelbaraAtgarder = new ArrayList<>();
    String omedelbaraAtgarderEjBehovligaSkal;
    LexSarahUtredning utredning;
    List<Bedomning> bedomningar = new ArrayList<>();
    Anmalan anmalan;
    List<Komplettering> kompletteringar = new ArrayList<>();
    List<Frist> frister = new ArrayList<>();
    @Indexed
    Instant nastaPaminnelse;
    Instant avslutad;
    List<Handelse> historik = new ArrayList<>();
    List<KoppladAtgard> atgarder = new ArrayList<>();
    String atgarderFortsatterSkal;

    void handelse(Instant tid, Anvandare av, String rubrik, String detalj) {
        historik.add(new Handelse(tid, av == null ? "Systemet" : av.namn(), rubrik, detalj));
    }

    void kopplaAtgard(AtgardId atgard, String titel) {
        KoppladeAtgarderVy.koppla(atgarder, atgard, titel);
    }

    void avslutaAtgard(AtgardId atgard) {
        KoppladeAtgarderVy.avsluta(atgarder, atgard);
    }

    /** At closing: the open åtgärder continue on their own. */
    void fortsatter(Set<AtgardId> fortsattande, String skal) {
        if (fortsattande.isEmpty()) {
            return;
        }
        atgarderFortsatterSkal = skal;
        KoppladeAtgarderVy.fortsatter(atgarder, fortsattande);
    }

    void sattFrist(Fristtyp typ, Instant forfaller) {
        frister.removeIf(f -> f.typ() == typ && f.loper());
        frister.add(new Frist(typ, forfaller, Frist.Fristlage.LOPER, false, null));
        beraknaNastaPaminnelse();
    }

    void avgorFrist(Fristtyp typ, Frist.Fristlage lage, Instant tid) {
        frister.replaceAll(f -> f.typ() == typ && f.loper()
                ? new Frist(typ, f.forfaller(), lage, f.overskriden(), tid) : f);
        beraknaNastaPaminnelse();
    }

    void overskridFrist(Fristtyp typ) {
        frister.replaceAll(f -> f.typ() == typ && f.loper()
                ? new Frist(typ, f.forfaller(), f.lage(), true, null) : f);
        beraknaNastaPaminnelse();
    }

    private void beraknaNastaPaminnelse() {
        nastaPaminnelse = frister.stream()
                .filter(f -> f.loper() && !f.overskriden())
                .map(Frist::forfaller)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }
}
