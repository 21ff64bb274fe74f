package se.kvalitetsledning.synpunkt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.kvalitetsledning.atgard.KoppladAtgard;
import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/**
 * The whole synpunkt as its handlers see it. {@code version} is the aggregate's version after the last event, the one
 * a command must expect; {@code enhet} is null while the sender's "vet ej" stands.
 */
public record SynpunktDetaljer(
        String id,
        String referens,
        long version,
        Synpunktstyp typ,
        Kanal kanal,
        String enhet,
        SynpunktStatus status,
        Instant mottagen,
        Instant registrerad,
        Anvandare registreradAv,
        String vadHande,
        String onskemal,
        Kontaktuppgifter kontakt,
        Kvittens kvittens,
        Anvandare handlaggare,
        Utredning utredning,
        Svar svar,
        Vidarebefordran vidarebefordran,
        List<Eskalering> eskaleringar,
        List<SynpunktFrist> frister,
        Instant avslutad,
        List<Handelse> historik,
        List<KoppladAtgard> atgarder,
        String atgarderFortsatterSkal) {

    public record Kvittens(String satt, Anvandare av, Instant tid) {
    }

    public record Utredning(String kategori, Set<Kvalitetsomrade> kvalitetsomraden, Set<Orsaksomrade> orsaksomraden,
                            String analys, Anvandare av, Instant tid) {
    }

    public record Svar(String text, String satt, LocalDate skickat, Anvandare av, Instant tid) {
    }

    public record Vidarebefordran(String mottagare, String meddelande, Anvandare av, Instant tid) {
    }

    /** What the synpunkt became: {@code arende} is the id of the lex Sarah case or the avvikelse. */
    public record Eskalering(Eskaleringsmal mal, String arende, Anvandare av, Instant tid) {
    }

    /** One line of the timeline: who did what, when. */
    public record Handelse(Instant tid, String av, String rubrik, String detalj) {
    }

    public boolean kanBesvaras() {
        return kontakt != null && kontakt.kanBesvaras();
    }

    public boolean oppen() {
        return status != SynpunktStatus.AVSLUTAD && status != SynpunktStatus.VIDAREBEFORDRAD;
    }

    public boolean eskaleradTill(Eskaleringsmal mal) {
        return eskaleringar.stream().anyMatch(e -> e.mal() == mal);
    }
}
