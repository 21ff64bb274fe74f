package se.kvalitetsledning.atgard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.kvalitetsledning.atgard.AtgardDetaljer.Effekt;
import se.kvalitetsledning.atgard.AtgardDetaljer.Flytt;
import se.kvalitetsledning.atgard.AtgardDetaljer.Handelse;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.projektion.Indexerade;

/**
 * One åtgärd with its history, as of the event whose sequence number is {@code version}. {@code nastaPaminnelse} is
 * the first day its due date has passed, while it is open and not yet reminded of, what the deadline watch asks for;
 * {@code forsenadAr} the years in which a due date passed, for the counts.
 */
@Document("atgard")
@CompoundIndexes({
        @CompoundIndex(name = "enheter_forfallodatum", def = "{'enheter': 1, 'forfallodatum': 1}"),
        @CompoundIndex(name = "agare_forfallodatum", def = "{'agare.anvandarnamn': 1, 'forfallodatum': 1}")
})
class AtgardDokument extends Indexerade.Dokument {

    String titel;
    String beskrivning;
    Atgardstyp typ;
    Set<Kvalitetsomrade> kvalitetsomraden;
    List<String> enheter;
    Anvandare agare;
    LocalDate forfallodatum;
    String forvantadEffekt;
    String matning;
    Prioritet prioritet;
    AtgardStatus status;
    List<Kalla> kallor = new ArrayList<>();
    Anvandare foreslagenAv;
    Instant foreslagen;
    Anvandare beslutadAv;
    Instant beslutad;
    Instant genomford;
    String genomfordKommentar;
    Effekt effekt;
    String avskrivenSkal;
    List<Flytt> flyttningar = new ArrayList<>();
    LocalDate paminnelseFor;
    @Indexed
    LocalDate nastaPaminnelse;
    List<Integer> forsenadAr = new ArrayList<>();
    List<Handelse> historik = new ArrayList<>();

    void handelse(Instant tid, Anvandare av, String rubrik, String detalj) {
        historik.add(new Handelse(tid, av == null ? "Systemet" : av.namn(), rubrik, detalj));
    }

    /** After every change of status, due date or reminder. */
    void beraknaPaminnelse() {
        nastaPaminnelse = status.oppen() && !forfallodatum.equals(paminnelseFor) ? forfallodatum.plusDays(1) : null;
    }
}
