package se.kvalitetsledning.lexsarah;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.AtgardKoppladTillKalla;
import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.atgard.KoppladAtgardAvslutad;
import se.kvalitetsledning.atgard.KoppladeAtgarder;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.Brukarreferens;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * One lex Sarah case and the rules that keep anything from falling between chairs: the deadlines it sets and meets,
 * who may act, and what closing requires. It keeps the facts the anmälan to IVO is made of. Snapshots hold its fields
 * (hence field visibility for Jackson); {@link Fristregler} is a bean of the application. A command that changes the
 * case answers with the version it made, which depends on how many deadlines it met or lifted.
 */
@Aggregate(snapshotTriggerDefinition = "ogonblicksbildVarjeNHandelser", cache = "aggregatCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class LexSarahArende {

    @AggregateIdentifier
    private LexSarahId id;
    private EnhetId enhet;
    private LexSarahStadium stadium;
    private Instant intraffade;
    private Instant mottagen;
    private Rapportsatt rapportsatt;
    private Set<Handelsetyp> handelsetyper;
    private boolean barnBerort;
    private String beskrivning;
    private String brukarreferens;
    private Anvandare utredare;
    private List<IvoAnmalan.OmedelbarAtgard> omedelbaraAtgarder = new ArrayList<>();
    private String omedelbaraAtgarderEjBehovligaSkal;
    private LexSarahUtredning utredning;
    private LexSarahBedomd bedomning;
    private boolean anmald;
    private boolean diarienummerKant;
    /** Each running deadline and when it falls due. */
    private Map<Fristtyp, Instant> lopandeFrister = new EnumMap<>(Fristtyp.class);
    private Set<Fristtyp> paminda = EnumSet.noneOf(Fristtyp.class);
    private KoppladeAtgarder atgarder = new KoppladeAtgarder();

    LexSarahArende() {
        // for Axon
    }

    @CommandHandler
    LexSarahArende(RapporteraMissforhallande kommando, Fristregler regler) {
        Aktor aktor = kommando.aktor();
        if (!aktor.tillhor(kommando.enhet())) {
            throw new BehorighetSaknas("Du kan bara rapportera missförhållanden för enheter du tillhör");
        }
        if (kommando.mottagen().isAfter(kommando.tid())) {
            throw new RegelBrott("Tidpunkten då rapporten togs emot får inte ligga i framtiden");
        }
        if (kommando.intraffade().isAfter(kommando.mottagen())) {
            throw new RegelBrott("Missförhållandet kan inte ha inträffat efter att rapporten togs emot");
        }
        if (Brukarreferens.liknarPersonnummer(kommando.brukarreferens())) {
            throw new RegelBrott("Brukarreferensen får inte vara ett personnummer; använd en kod");
        }
        Anvandare rapportor;
        String rapportorNamn;
        switch (kommando.rapportsatt()) {
            case SKRIFTLIG -> {
                if (!kommando.mottagen().equals(kommando.tid())) {
                    throw new RegelBrott("En skriftlig rapport tas emot när den skickas");
                }
                rapportor = aktor.anvandare();
                rapportorNamn = aktor.anvandare().namn();
            }
            case MUNTLIG -> {
                if (!LexSarahAtkomst.tarEmotMuntligaRapporter(aktor)) {
                    throw new BehorighetSaknas("Muntliga rapporter registreras av handläggare, kvalitetssamordnare"
                            + " och ledning");
                }
                if (utanBlankt(kommando.rapportorNamn()) == null) {
                    throw new RegelBrott("En muntlig rapport ska ange vem som lämnade den");
                }
                rapportor = kommando.rapportor();
                rapportorNamn = kommando.rapportorNamn().strip();
            }
            default -> throw new RegelBrott("En rapport från en avvikelse eller synpunkt skapas genom att den"
                    + " eskaleras");
        }
        apply(new MissforhallandeRapporterat(kommando.id(), kommando.enhet(), kommando.intraffade(),
                kommando.mottagen(), kommando.beskrivning(), utanBlankt(kommando.brukarreferens()),
                kopia(kommando.handelsetyper()), kommando.barnBerort(), kommando.rapportsatt(), rapportor,
                rapportorNamn, null, aktor.anvandare(), kommando.tid(), null));
        String atgarder = utanBlankt(kommando.omedelbaraAtgarder());
        if (atgarder != null) {
            apply(new OmedelbaraAtgarderRegistrerade(kommando.id(), atgarder, aktor.anvandare(), kommando.tid()));
        }
        sattFrister(kommando.id(), kommando.mottagen(), atgarder != null, regler);
    }

    @CommandHandler
    LexSarahArende(OppnaLexSarahFranAvvikelse kommando, Fristregler regler) {
        apply(new MissforhallandeRapporterat(kommando.id(), kommando.enhet(), kommando.intraffade(), kommando.tid(),
                kommando.beskrivning(), kommando.brukarreferens(), EnumSet.noneOf(Handelsetyp.class), false,
                Rapportsatt.FRAN_AVVIKELSE, kommando.eskaleradAv(), kommando.eskaleradAv().namn(),
                kommando.avvikelse(), kommando.eskaleradAv(), kommando.tid(), null));
        sattFrister(kommando.id(), kommando.tid(), false, regler);
    }

    @CommandHandler
    LexSarahArende(OppnaLexSarahFranSynpunkt kommando, Fristregler regler) {
        apply(new MissforhallandeRapporterat(kommando.id(), kommando.enhet(), kommando.intraffade(), kommando.tid(),
                kommando.beskrivning(), null, EnumSet.noneOf(Handelsetyp.class), false, Rapportsatt.FRAN_SYNPUNKT,
                kommando.eskaleradAv(), kommando.eskaleradAv().namn(), null, kommando.eskaleradAv(), kommando.tid(),
                kommando.synpunkt()));
        sattFrister(kommando.id(), kommando.tid(), false, regler);
    }

    /** In a constructor the events are applied after it returns, so the state is not there yet: all is passed. */
    private static void sattFrister(LexSarahId id, Instant mottagen, boolean atgarderGivna, Fristregler regler) {
        if (!atgarderGivna) {
            apply(new FristSatt(id, Fristtyp.OMEDELBARA_ATGARDER, regler.omedelbaraAtgarder(mottagen)));
        }
        apply(new FristSatt(id, Fristtyp.UTREDNING_PABORJAD, regler.utredningPaborjad(mottagen)));
    }

    @CommandHandler
    long handle(RegistreraOmedelbaraAtgarder kommando) {
        kontrolleraOppet();
        kontrolleraUtredare(kommando.aktor());
        apply(new OmedelbaraAtgarderRegistrerade(id, kommando.text(), kommando.aktor().anvandare(), kommando.tid()));
        uppfyll(Fristtyp.OMEDELBARA_ATGARDER, kommando.tid());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(MarkeraOmedelbaraAtgarderEjBehovliga kommando) {
        kontrolleraOppet();
        kontrolleraUtredare(kommando.aktor());
        if (!omedelbaraAtgarder.isEmpty()) {
            throw new RegelBrott("Omedelbara åtgärder är redan registrerade");
        }
        apply(new OmedelbaraAtgarderEjBehovliga(id, kommando.skal(), kommando.aktor().anvandare(), kommando.tid()));
        uppfyll(Fristtyp.OMEDELBARA_ATGARDER, kommando.tid());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(TilldelaUtredare kommando) {
        kontrolleraOppet();
        kontrolleraLedning(kommando.aktor());
        apply(new UtredareTilldelad(id, kommando.utredare(), kommando.aktor().anvandare(), kommando.tid()));
        uppfyll(Fristtyp.UTREDNING_PABORJAD, kommando.tid());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(DokumenteraLexSarahUtredning kommando) {
        kontrolleraOppet();
        kontrolleraUtredare(kommando.aktor());
        LexSarahUtredning ny = kommando.utredning();
        if (ny.barnBerort() && utanBlankt(ny.barnperspektiv()) == null) {
            throw new RegelBrott("När ett barn berörs ska barnperspektivet beskrivas");
        }
        apply(new LexSarahUtredningDokumenterad(id, ny, kommando.aktor().anvandare(), kommando.tid()));
        uppfyll(Fristtyp.UTREDNING_PABORJAD, kommando.tid());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(BedomLexSarah kommando, Fristregler regler) {
        kontrolleraOppet();
        kontrolleraBedomare(kommando.aktor());
        apply(new LexSarahBedomd(id, kommando.niva(), kommando.motivering(), kommando.aktor().anvandare(),
                kommando.tid()));
        boolean anmalanLoper = lopandeFrister.containsKey(Fristtyp.ANMALAN_TILL_IVO);
        if (kommando.niva().kraverAnmalan() && !anmald && !anmalanLoper) {
            apply(new FristSatt(id, Fristtyp.ANMALAN_TILL_IVO, regler.anmalanTillIvo(kommando.tid())));
        } else if (!kommando.niva().kraverAnmalan() && anmalanLoper) {
            apply(new FristUpphavd(id, Fristtyp.ANMALAN_TILL_IVO,
                    "Den ändrade bedömningen kräver ingen anmälan till IVO", kommando.tid()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RegistreraAnmalanTillIvo kommando) {
        kontrolleraOppet();
        kontrolleraBedomare(kommando.aktor());
        if (anmald) {
            throw new RegelBrott("Anmälan till IVO är redan registrerad och kan inte ändras; skicka en komplettering");
        }
        if (bedomning == null || !bedomning.niva().kraverAnmalan()) {
            throw new RegelBrott("Anmälan till IVO kräver bedömningen påtaglig risk för allvarligt missförhållande"
                    + " eller allvarligt missförhållande");
        }
        LocalDate idag = kommando.tid().atZone(SvenskTid.ZON).toLocalDate();
        if (kommando.skickad().isAfter(idag)) {
            throw new RegelBrott("Dagen då anmälan skickades får inte ligga i framtiden");
        }
        IvoAnmalan anmalan = new IvoAnmalan(kommando.verksamhet(), kommando.aktor().anvandare(), kommando.skickad(),
                intraffade, mottagen, rapportsatt, handelsetyper, barnBerort, beskrivning, brukarreferens,
                List.copyOf(omedelbaraAtgarder), omedelbaraAtgarderEjBehovligaSkal, utredning, bedomning.niva(),
                bedomning.motivering(), bedomning.av(), bedomning.tid());
        apply(new AnmalanTillIvoRegistrerad(id, anmalan, utanBlankt(kommando.diarienummer()),
                kommando.aktor().anvandare(), kommando.tid()));
        uppfyll(Fristtyp.ANMALAN_TILL_IVO, kommando.tid());
        return AggregateLifecycle.getVersion();
    }

    /** IVO's number often comes after the case is closed, so it may be recorded then too. */
    @CommandHandler
    long handle(RegistreraIvoDiarienummer kommando) {
        kontrolleraBedomare(kommando.aktor());
        if (!anmald) {
            throw new RegelBrott("Ingen anmälan till IVO är registrerad");
        }
        if (diarienummerKant) {
            throw new RegelBrott("IVO:s diarienummer är redan registrerat");
        }
        apply(new IvoDiarienummerRegistrerat(id, kommando.diarienummer().strip(), kommando.aktor().anvandare(),
                kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    /** IVO may ask for more after the case is closed, so a supplement may be recorded then too. */
    @CommandHandler
    long handle(KompletteraIvoAnmalan kommando) {
        kontrolleraBedomare(kommando.aktor());
        if (!anmald) {
            throw new RegelBrott("Ingen anmälan till IVO är registrerad att komplettera");
        }
        apply(new IvoAnmalanKompletterad(id, kommando.text(), kommando.skickad(), kommando.aktor().anvandare(),
                kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AvslutaLexSarah kommando) {
        kontrolleraOppet();
        kontrolleraLedning(kommando.aktor());
        List<String> saknas = saknasForAvslut();
        if (!saknas.isEmpty()) {
            throw new RegelBrott("Ärendet kan inte avslutas: " + String.join(", ", saknas));
        }
        Set<AtgardId> fortsatter = atgarder.kontrolleraAvslut(kommando.atgarderFortsatterSkal());
        for (Fristtyp typ : List.copyOf(lopandeFrister.keySet())) {
            apply(new FristUpphavd(id, typ, "Ärendet avslutades", kommando.tid()));
        }
        apply(new LexSarahAvslutad(id, fortsatter, fortsatter.isEmpty() ? null : kommando.atgarderFortsatterSkal(),
                kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    /** A link, not a step of the investigation: an åtgärd may address a closed case too. Answers the version. */
    @CommandHandler
    long handle(KopplaAtgardTillLexSarah kommando) {
        atgarder.koppling(kalla(), kommando.atgard(), kommando.titel(), kommando.tid())
                .ifPresent(AggregateLifecycle::apply);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AvslutaKoppladAtgardForLexSarah kommando) {
        atgarder.avslut(kalla(), kommando.atgard(), kommando.status(), kommando.tid())
                .ifPresent(AggregateLifecycle::apply);
        return AggregateLifecycle.getVersion();
    }

    private Kalla kalla() {
        return new Kalla(Kalltyp.LEX_SARAH, id.toString());
    }

    /**
     * Records a passed deadline once. A deadline met, lifted or already recorded, or not yet due, is no error: the
     * watch that sends this may be late or run on several nodes.
     */
    @CommandHandler
    void handle(PaminnOmFrist kommando) {
        Instant forfaller = lopandeFrister.get(kommando.typ());
        if (forfaller == null || paminda.contains(kommando.typ()) || kommando.tid().isBefore(forfaller)) {
            return;
        }
        apply(new FristOverskriden(id, kommando.typ(), forfaller, kommando.tid()));
    }

    /** The closing checklist. */
    private List<String> saknasForAvslut() {
        List<String> saknas = new ArrayList<>();
        if (omedelbaraAtgarder.isEmpty() && omedelbaraAtgarderEjBehovligaSkal == null) {
            saknas.add("omedelbara åtgärder är inte registrerade");
        }
        if (utredning == null) {
            saknas.add("utredning saknas");
        }
        if (bedomning == null) {
            saknas.add("bedömning saknas");
        } else if (bedomning.niva().kraverAnmalan() && !anmald) {
            saknas.add("anmälan till IVO är inte registrerad");
        }
        return saknas;
    }

    private void uppfyll(Fristtyp typ, Instant tid) {
        if (lopandeFrister.containsKey(typ)) {
            apply(new FristUppfylld(id, typ, tid));
        }
    }

    private void kontrolleraOppet() {
        if (stadium == LexSarahStadium.AVSLUTAD) {
            throw new RegelBrott("Ärendet är avslutat");
        }
    }

    private void kontrolleraLedning(Aktor aktor) {
        if (!LexSarahAtkomst.farLeda(aktor, enhet)) {
            throw new BehorighetSaknas("Endast förvaltningens kvalitetssamordnare och ledning får göra detta");
        }
    }

    private void kontrolleraUtredare(Aktor aktor) {
        if (!LexSarahAtkomst.farUtreda(aktor, enhet, utredare)) {
            throw new BehorighetSaknas("Endast ärendets utredare, kvalitetssamordnare och ledning får utreda");
        }
    }

    private void kontrolleraBedomare(Aktor aktor) {
        if (!LexSarahAtkomst.farBedoma(aktor, enhet)) {
            throw new BehorighetSaknas("Endast förvaltningens ledning får bedöma och anmäla till IVO");
        }
    }

    private static Set<Handelsetyp> kopia(Set<Handelsetyp> typer) {
        return typer.isEmpty() ? EnumSet.noneOf(Handelsetyp.class) : EnumSet.copyOf(typer);
    }

    private static String utanBlankt(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @EventSourcingHandler
    void on(MissforhallandeRapporterat handelse) {
        id = handelse.id();
        enhet = handelse.enhet();
        stadium = LexSarahStadium.MOTTAGEN;
        intraffade = handelse.intraffade();
        mottagen = handelse.mottagen();
        rapportsatt = handelse.rapportsatt();
        handelsetyper = handelse.handelsetyper();
        barnBerort = handelse.barnBerort();
        beskrivning = handelse.beskrivning();
        brukarreferens = handelse.brukarreferens();
    }

    @EventSourcingHandler
    void on(FristSatt handelse) {
        lopandeFrister.put(handelse.typ(), handelse.forfaller());
        paminda.remove(handelse.typ());
    }

    @EventSourcingHandler
    void on(FristUppfylld handelse) {
        lopandeFrister.remove(handelse.typ());
    }

    @EventSourcingHandler
    void on(FristUpphavd handelse) {
        lopandeFrister.remove(handelse.typ());
    }

    @EventSourcingHandler
    void on(FristOverskriden handelse) {
        paminda.add(handelse.typ());
    }

    @EventSourcingHandler
    void on(OmedelbaraAtgarderRegistrerade handelse) {
        omedelbaraAtgarder.add(new IvoAnmalan.OmedelbarAtgard(handelse.text(), handelse.av(), handelse.tid()));
    }

    @EventSourcingHandler
    void on(OmedelbaraAtgarderEjBehovliga handelse) {
        omedelbaraAtgarderEjBehovligaSkal = handelse.skal();
    }

    @EventSourcingHandler
    void on(UtredareTilldelad handelse) {
        utredare = handelse.utredare();
        if (stadium == LexSarahStadium.MOTTAGEN) {
            stadium = LexSarahStadium.UNDER_UTREDNING;
        }
    }

    @EventSourcingHandler
    void on(LexSarahUtredningDokumenterad handelse) {
        utredning = handelse.utredning();
        handelsetyper = handelse.utredning().handelsetyper();
        barnBerort = handelse.utredning().barnBerort();
        if (stadium == LexSarahStadium.MOTTAGEN) {
            stadium = LexSarahStadium.UNDER_UTREDNING;
        }
    }

    @EventSourcingHandler
    void on(LexSarahBedomd handelse) {
        bedomning = handelse;
        stadium = LexSarahStadium.BEDOMD;
    }

    @EventSourcingHandler
    void on(AnmalanTillIvoRegistrerad handelse) {
        anmald = true;
        diarienummerKant = handelse.diarienummer() != null;
    }

    @EventSourcingHandler
    void on(IvoDiarienummerRegistrerat handelse) {
        diarienummerKant = true;
    }

    @EventSourcingHandler
    void on(AtgardKoppladTillKalla handelse) {
        atgarder.koppla(handelse.atgard());
    }

    @EventSourcingHandler
    void on(KoppladAtgardAvslutad handelse) {
        atgarder.avsluta(handelse.atgard());
    }

    @EventSourcingHandler
    void on(LexSarahAvslutad handelse) {
        stadium = LexSarahStadium.AVSLUTAD;
    }
}
