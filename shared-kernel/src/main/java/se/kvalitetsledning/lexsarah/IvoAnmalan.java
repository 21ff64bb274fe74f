package se.kvalitetsledning.lexsarah;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/**
 * The anmälan to IVO exactly as it was sent, following the sections of IVO's form: it is kept in the event that
 * records the sending, so the document can be produced again unchanged whatever happens to the case later.
 * {@code utredning} is null when the anmälan was made before the investigation was documented.
 */
public record IvoAnmalan(
        Verksamhetsuppgifter verksamhet,
        Anvandare kontaktperson,
        LocalDate skickad,
        Instant intraffade,
        Instant mottagen,
        Rapportsatt rapportsatt,
        Set<Handelsetyp> handelsetyper,
        boolean barnBerort,
        @PersonligUppgift String beskrivning,
        @PersonligUppgift String brukarreferens,
        List<OmedelbarAtgard> omedelbaraAtgarder,
        @PersonligUppgift String omedelbaraAtgarderEjBehovligaSkal,
        LexSarahUtredning utredning,
        Bedomningsniva niva,
        @PersonligUppgift String motivering,
        Anvandare bedomdAv,
        Instant bedomd) {

    /** One immediate protective measure, with who recorded it and when. */
    public record OmedelbarAtgard(@PersonligUppgift String text, Anvandare av, Instant tid) {
    }
}
