package se.kvalitetsledning.infra.lexsarah;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Service;

import se.kvalitetsledning.avvikelse.BakomliggandeOrsak;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.axon.Andringsutskick;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.lexsarah.AvslutaLexSarah;
import se.kvalitetsledning.lexsarah.BedomLexSarah;
import se.kvalitetsledning.lexsarah.Bedomningsniva;
import se.kvalitetsledning.lexsarah.DokumenteraLexSarahUtredning;
import se.kvalitetsledning.lexsarah.KompletteraIvoAnmalan;
import se.kvalitetsledning.lexsarah.LexSarahId;
import se.kvalitetsledning.lexsarah.LexSarahUtredning;
import se.kvalitetsledning.lexsarah.MarkeraOmedelbaraAtgarderEjBehovliga;
import se.kvalitetsledning.lexsarah.RegistreraAnmalanTillIvo;
import se.kvalitetsledning.lexsarah.RegistreraIvoDiarienummer;
import se.kvalitetsledning.lexsarah.RegistreraOmedelbaraAtgarder;
import se.kvalitetsledning.lexsarah.TilldelaUtredare;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * The case's commands as the web UI and the API send them: built with the actor and the clock, sent with the version
 * the user saw, and answered with the version the case got once the read side shows it.
 */
@Service
public class LexSarahHandlaggning {

    private final Andringsutskick andringar;
    private final LexSarahTjanst tjanst;
    private final Anvandarkatalog anvandarkatalog;
    private final IvoAnmalningar anmalningar;
    private final Clock clock;

    LexSarahHandlaggning(Andringsutskick andringar, LexSarahTjanst tjanst, Anvandarkatalog anvandarkatalog,
                         IvoAnmalningar anmalningar, Clock clock) {
        this.andringar = andringar;
        this.tjanst = tjanst;
        this.anvandarkatalog = anvandarkatalog;
        this.anmalningar = anmalningar;
        this.clock = clock;
    }

    public long registreraOmedelbaraAtgarder(LexSarahId id, long version, Aktor aktor, String text) {
        return skicka(id, version, aktor, (v, tid) -> new RegistreraOmedelbaraAtgarder(id, v, text, aktor, tid));
    }

    public long omedelbaraAtgarderEjBehovliga(LexSarahId id, long version, Aktor aktor, String skal) {
        return skicka(id, version, aktor,
                (v, tid) -> new MarkeraOmedelbaraAtgarderEjBehovliga(id, v, skal, aktor, tid));
    }

    /** Gives the case to a kvalitetssamordnare of its förvaltning or a handler of its enhet. */
    public long tilldelaUtredare(LexSarahId id, long version, Aktor aktor, String anvandarnamn) {
        EnhetId enhet = new EnhetId(tjanst.krav(aktor, id).enhet());
        Anvandare utredare = anvandarkatalog.utredareFor(enhet).stream()
                .filter(a -> a.anvandarnamn().equals(anvandarnamn)).findFirst()
                .orElseThrow(() -> new OgiltigIndata("utredare", "Användaren " + anvandarnamn
                        + " finns inte eller är varken kvalitetssamordnare eller handläggare för enheten"));
        return skicka(id, version, aktor, (v, tid) -> new TilldelaUtredare(id, v, utredare, aktor, tid));
    }

    public long utred(LexSarahId id, long version, Aktor aktor, LexSarahUtredning utredning) {
        Set<BakomliggandeOrsak> orsaker = utredning.bakomliggandeOrsaker() == null
                || utredning.bakomliggandeOrsaker().isEmpty()
                ? EnumSet.noneOf(BakomliggandeOrsak.class) : EnumSet.copyOf(utredning.bakomliggandeOrsaker());
        var komplett = new LexSarahUtredning(EnumSet.copyOf(utredning.handelsetyper()), utredning.vadHande(),
                EnumSet.copyOf(utredning.orsaksomraden()), orsaker, utredning.varfor(),
                utredning.forhindraUpprepning(), utredning.denEnskildeInformerad(),
                utredning.godManForvaltareInformerad(), utredning.narstaendeInformerade(),
                utredning.dokumenteradIPersonakt(), utredning.polisanmalan(), utredning.barnBerort(),
                utredning.barnBerort() ? utredning.barnperspektiv() : null);
        return skicka(id, version, aktor, (v, tid) -> new DokumenteraLexSarahUtredning(id, v, komplett, aktor, tid));
    }

    public long bedom(LexSarahId id, long version, Aktor aktor, Bedomningsniva niva, String motivering) {
        return skicka(id, version, aktor, (v, tid) -> new BedomLexSarah(id, v, niva, motivering, aktor, tid));
    }

    /** The names IVO's form asks for are taken from the organisation as it is when the anmälan is made. */
    public long anmalTillIvo(LexSarahId id, long version, Aktor aktor, LocalDate skickad, String diarienummer) {
        inteIFramtiden(skickad, "Dagen då anmälan skickades får inte ligga i framtiden");
        var verksamhet = anmalningar.verksamhet(tjanst.krav(aktor, id).enhet());
        return skicka(id, version, aktor, (v, tid) -> new RegistreraAnmalanTillIvo(id, v, verksamhet, skickad,
                diarienummer, aktor, tid));
    }

    public long registreraDiarienummer(LexSarahId id, long version, Aktor aktor, String diarienummer) {
        return skicka(id, version, aktor, (v, tid) -> new RegistreraIvoDiarienummer(id, v, diarienummer, aktor, tid));
    }

    public long komplettera(LexSarahId id, long version, Aktor aktor, String text, LocalDate skickad) {
        inteIFramtiden(skickad, "Dagen då kompletteringen skickades får inte ligga i framtiden");
        return skicka(id, version, aktor, (v, tid) -> new KompletteraIvoAnmalan(id, v, text, skickad, aktor, tid));
    }

    /** With åtgärder still open, {@code atgarderFortsatterSkal} says why they continue on their own. */
    public long avsluta(LexSarahId id, long version, Aktor aktor, String atgarderFortsatterSkal) {
        return skicka(id, version, aktor, (v, tid) -> new AvslutaLexSarah(id, v, atgarderFortsatterSkal, aktor, tid));
    }

    private void inteIFramtiden(LocalDate skickad, String regel) {
        if (skickad.isAfter(LocalDate.now(clock.withZone(SvenskTid.ZON)))) {
            throw new OgiltigIndata("skickad", regel);
        }
    }

    private long skicka(LexSarahId id, long forvantadVersion, Aktor aktor, Andringsutskick.Kommando kommando) {
        // 404 or 403 before anything else, so that a refusal never tells more than reading would
        tjanst.krav(aktor, id);
        return andringar.skicka(forvantadVersion, kommando, ny -> tjanst.vantaPaLasmodellen(id, ny));
    }
}
