package se.kvalitetsledning.atgard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/**
 * One åtgärd with its sources, its history and its effect evaluation. {@code version} is the one a command must
 * expect; {@code flyttningar} holds every move of the due date.
 */
public record AtgardDetaljer(
        String id,
        long version,
        String titel,
        String beskrivning,
        Atgardstyp typ,
        Set<Kvalitetsomrade> kvalitetsomraden,
        List<String> enheter,
        Anvandare agare,
        LocalDate forfallodatum,
        String forvantadEffekt,
        String matning,
        Prioritet prioritet,
        AtgardStatus status,
        List<Kalla> kallor,
        Anvandare foreslagenAv,
        Instant foreslagen,
        Anvandare beslutadAv,
        Instant beslutad,
        Instant genomford,
        String genomfordKommentar,
        Effekt effekt,
        String avskrivenSkal,
        List<Flytt> flyttningar,
        List<Handelse> historik) {

    public record Effekt(Effektutfall utfall, String evidens, Anvandare av, Instant tid) {
    }

    public record Flytt(LocalDate fran, LocalDate till, String skal, Anvandare av, Instant tid) {
    }

    /** One line of the timeline: who did what, when. */
    public record Handelse(Instant tid, String av, String rubrik, String detalj) {
    }

    /** Open with its due date passed, at the given day. */
    public boolean forsenad(LocalDate idag) {
        return status.oppen() && idag.isAfter(forfallodatum);
    }
}
