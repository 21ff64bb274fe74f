package se.kvalitetsledning.avvikelse;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import se.kvalitetsledning.atgard.KoppladAtgard;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.synpunkt.SynpunktId;

/**
 * The whole case as the handler sees it. {@code version} is the aggregate's version after the last event,
 * the one a command must expect; {@code franSynpunkt} the synpunkt it was escalated from, if any.
 */
public record AvvikelseDetaljer(
        String id,
        long version,
        String enhet,
        Instant intraffade,
        Instant registrerad,
        String plats,
        String beskrivning,
        String omedelbaraAtgarder,
        Integer konsekvensForPerson,
        String foreslagenKategori,
        String brukarreferens,
        boolean mojligtMissforhallande,
        String missforhallandeBesked,
        boolean eskaleradTillLexSarah,
        String franSynpunkt,
        Anvandare rapportor,
        Anvandare handlaggare,
        AvvikelseStatus status,
        Klassificering klassificering,
        Utredning utredning,
        String beslutadeAtgarder,
        String aterkoppling,
        String uteblivenAterkopplingSkal,
        List<Handelse> historik,
        List<KoppladAtgard> atgarder,
        String atgarderFortsatterSkal) {

    public record Klassificering(String kategori, Set<Kvalitetsomrade> kvalitetsomraden, int konsekvens,
                                 int sannolikhet, int riskvarde, Riskfarg farg) {
    }

    public record Utredning(Set<Orsaksomrade> orsaksomraden, Set<BakomliggandeOrsak> bakomliggandeOrsaker,
                            String analys) {
    }

    /** One line of the timeline: who did what, when. */
    public record Handelse(Instant tid, String av, String rubrik, String detalj) {
    }

    /** The reference of the synpunkt it was escalated from, as the sender and the synpunkt's page name it. */
    public String franSynpunktReferens() {
        return franSynpunkt == null ? null : SynpunktId.av(franSynpunkt).referens();
    }

    public boolean vantarPaLexSarahBesked() {
        return vantarPaLexSarahBesked(mojligtMissforhallande, missforhallandeBesked);
    }

    /** Flagged as a possible missförhållande that nobody has answered yet: the rule the list and the case share. */
    public static boolean vantarPaLexSarahBesked(boolean mojligtMissforhallande, String missforhallandeBesked) {
        return mojligtMissforhallande && missforhallandeBesked == null;
    }
}
