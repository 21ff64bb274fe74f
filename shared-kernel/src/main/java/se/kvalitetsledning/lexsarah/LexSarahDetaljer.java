package se.kvalitetsledning.lexsarah;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.kvalitetsledning.atgard.KoppladAtgard;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.synpunkt.SynpunktId;

/**
 * The whole case as the utredare, kvalitetssamordnare and ledning see it. {@code version} is the aggregate's
 * version after the last event, the one a command must expect. {@code bedomningar} holds every assessment, the
 * current one last; {@code anmalan} is null until the anmälan to IVO is registered.
 */
public record LexSarahDetaljer(
        String id,
        long version,
        String enhet,
        LexSarahStadium stadium,
        Instant intraffade,
        Instant mottagen,
        Instant registrerad,
        Rapportsatt rapportsatt,
        Anvandare rapportor,
        String rapportorNamn,
        Anvandare registreradAv,
        String franAvvikelse,
        String franSynpunkt,
        String beskrivning,
        String brukarreferens,
        Set<Handelsetyp> handelsetyper,
        boolean barnBerort,
        Anvandare utredare,
        List<IvoAnmalan.OmedelbarAtgard> omedelbaraAtgarder,
        String omedelbaraAtgarderEjBehovligaSkal,
        LexSarahUtredning utredning,
        List<Bedomning> bedomningar,
        Anmalan anmalan,
        List<Komplettering> kompletteringar,
        List<Frist> frister,
        Instant avslutad,
        List<Handelse> historik,
        List<KoppladAtgard> atgarder,
        String atgarderFortsatterSkal) {

    public record Bedomning(Bedomningsniva niva, String motivering, Anvandare av, Instant tid) {
    }

    /** The anmälan as sent, the day it was sent and IVO's number once known. */
    public record Anmalan(IvoAnmalan innehall, LocalDate skickad, String diarienummer, Anvandare registreradAv,
                          Instant registrerad) {
    }

    public record Komplettering(String text, LocalDate skickad, Anvandare av, Instant tid) {
    }

    /** One line of the timeline: who did what, when. */
    public record Handelse(Instant tid, String av, String rubrik, String detalj) {
    }

    /** The reference of the synpunkt it was escalated from, as the sender and the synpunkt's page name it. */
    public String franSynpunktReferens() {
        return franSynpunkt == null ? null : SynpunktId.av(franSynpunkt).referens();
    }

    public Optional<Bedomning> gallandeBedomning() {
        return bedomningar.isEmpty() ? Optional.empty() : Optional.of(bedomningar.get(bedomningar.size() - 1));
    }

    /** The case shows a warning until immediate measures are recorded or marked as not needed. */
    public boolean saknarOmedelbaraAtgarder() {
        return omedelbaraAtgarder.isEmpty() && omedelbaraAtgarderEjBehovligaSkal == null;
    }

    public boolean avslutat() {
        return stadium == LexSarahStadium.AVSLUTAD;
    }
}
