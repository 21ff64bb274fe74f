package se.kvalitetsledning.synpunkt;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
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
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * One synpunkt or klagomål and its handling: acknowledged, given to a handler of the enhet, investigated, answered
 * and closed, or forwarded elsewhere, on the deadlines of the service levels ({@link Synpunktsregler}, a bean of the
 * application). An anonymous sender cannot be acknowledged or answered, so those deadlines never run for one. A
 * command that changes it answers with the version it made.
 */
@Aggregate(snapshotTriggerDefinition = "ogonblicksbildVarjeNHandelser", cache = "aggregatCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Synpunkt {

    @AggregateIdentifier
    private SynpunktId id;
    private EnhetId enhet;
    private SynpunktStatus status;
    private boolean kanBesvaras;
    private boolean kvitterad;
    private boolean utredd;
    private boolean besvarad;
    private Set<Eskaleringsmal> eskalerad = EnumSet.noneOf(Eskaleringsmal.class);
    private Map<SynpunktFristtyp, Instant> lopandeFrister = new EnumMap<>(SynpunktFristtyp.class);
    private Set<SynpunktFristtyp> paminda = EnumSet.noneOf(SynpunktFristtyp.class);
    private KoppladeAtgarder atgarder = new KoppladeAtgarder();

    Synpunkt() {
        // for Axon
    }

    @CommandHandler
    Synpunkt(TaEmotSynpunkt kommando, Synpunktsregler regler) {
        Aktor aktor = kommando.aktor();
        if (aktor == null && kommando.kanal() != Kanal.E_TJANST) {
            throw new RegelBrott("Bara e-tjänsten tar emot synpunkter utan inloggning");
        }
        if (aktor != null && kommando.kanal() == Kanal.E_TJANST) {
            throw new RegelBrott("Personal registrerar synpunkter från andra kanaler än e-tjänsten");
        }
        if (aktor != null && !SynpunktAtkomst.farRegistrera(aktor)) {
            throw new BehorighetSaknas("Synpunkter registreras av handläggare, kvalitetssamordnare och ledning");
        }
        if (aktor != null && kommando.enhet() != null && !aktor.tillhor(kommando.enhet())
                && !aktor.har(Roll.KVALITETSSAMORDNARE) && !aktor.har(Roll.LEDNING)) {
            throw new BehorighetSaknas("Du kan bara registrera synpunkter för enheter du tillhör");
        }
        if (kommando.mottagen().isAfter(kommando.tid())) {
            throw new RegelBrott("Dagen då synpunkten togs emot får inte ligga i framtiden");
        }
        boolean besvarbar = kommando.kontakt() != null && kommando.kontakt().kanBesvaras();
        apply(new SynpunktInkommen(kommando.id(), kommando.typ(), kommando.kanal(), kommando.enhet(),
                kommando.mottagen(), kommando.vadHande(), utanBlankt(kommando.onskemal()),
                besvarbar || harNamn(kommando.kontakt()) ? kommando.kontakt() : null,
                aktor == null ? null : aktor.anvandare(), kommando.tid()));
        // in a constructor the events are applied after it returns, so the state is not there yet: all is passed
        for (SynpunktFristtyp typ : SynpunktFristtyp.values()) {
            if (typ == SynpunktFristtyp.HANDLAGGARE || besvarbar) {
                apply(new SynpunktensFristSatt(kommando.id(), typ, regler.forfaller(typ, kommando.mottagen())));
            }
        }
    }

    @CommandHandler
    long handle(KvitteraSynpunkt kommando) {
        kontrolleraOppen();
        kontrolleraHandlaggning(kommando.aktor(), enhet);
        if (!kanBesvaras) {
            throw new RegelBrott("En anonym avsändare kan inte få kvittens");
        }
        apply(new SynpunktKvitterad(id, kommando.satt(), kommando.aktor().anvandare(), kommando.tid()));
        uppfyll(SynpunktFristtyp.KVITTENS, kommando.tid());
        return AggregateLifecycle.getVersion();
    }

    /** The automatic e-mail went out: recorded once, and only while there is something to acknowledge. */
    @CommandHandler
    void handle(RegistreraAutomatiskKvittens kommando) {
        if (kanBesvaras && !kvitterad && !avslutad()) {
            apply(new SynpunktKvitterad(id, "E-post (automatisk)", null, kommando.tid()));
            uppfyll(SynpunktFristtyp.KVITTENS, kommando.tid());
        }
    }

    @CommandHandler
    long handle(TilldelaSynpunkt kommando) {
        kontrolleraOppen();
        kontrolleraHandlaggning(kommando.aktor(), enhet);
        kontrolleraHandlaggning(kommando.aktor(), kommando.enhet());
        apply(new SynpunktTilldelad(id, kommando.enhet(), kommando.handlaggare(), kommando.aktor().anvandare(),
                kommando.tid()));
        uppfyll(SynpunktFristtyp.HANDLAGGARE, kommando.tid());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(UtredSynpunkt kommando) {
        kontrolleraOppen();
        kontrolleraHandlaggning(kommando.aktor(), enhet);
        apply(new SynpunktUtredd(id, kommando.kategori(), Set.copyOf(kommando.kvalitetsomraden()),
                Set.copyOf(kommando.orsaksomraden()), kommando.analys(), kommando.aktor().anvandare(),
                kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(BesvaraSynpunkt kommando) {
        kontrolleraOppen();
        kontrolleraHandlaggning(kommando.aktor(), enhet);
        if (!kanBesvaras) {
            throw new RegelBrott("En anonym avsändare kan inte få svar");
        }
        LocalDate idag = kommando.tid().atZone(SvenskTid.ZON).toLocalDate();
        if (kommando.skickat().isAfter(idag)) {
            throw new RegelBrott("Dagen då svaret skickades får inte ligga i framtiden");
        }
        apply(new SynpunktBesvarad(id, kommando.svar(), kommando.satt(), kommando.skickat(),
                kommando.aktor().anvandare(), kommando.tid()));
        uppfyll(SynpunktFristtyp.SVAR, kommando.tid());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(VidarebefordraSynpunkt kommando) {
        kontrolleraOppen();
        kontrolleraHandlaggning(kommando.aktor(), enhet);
        upphav("Synpunkten vidarebefordrades", kommando.tid());
        apply(new SynpunktVidarebefordrad(id, kommando.mottagare(), kommando.meddelandeTillAvsandaren(),
                kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AvslutaSynpunkt kommando) {
        kontrolleraOppen();
        kontrolleraHandlaggning(kommando.aktor(), enhet);
        if (!utredd) {
            throw new RegelBrott("Synpunkten kan inte avslutas: utredning saknas");
        }
        if (kanBesvaras && !besvarad) {
            throw new RegelBrott("Synpunkten kan inte avslutas: avsändaren har inte fått svar");
        }
        Set<AtgardId> fortsatter = atgarder.kontrolleraAvslut(kommando.atgarderFortsatterSkal());
        upphav("Synpunkten avslutades", kommando.tid());
        apply(new SynpunktAvslutad(id, fortsatter, fortsatter.isEmpty() ? null : kommando.atgarderFortsatterSkal(),
                kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Opens a lex Sarah rapport or an avvikelse from the synpunkt, each at most once; both belong to an enhet, so one
     * whose enhet the sender did not know is given to one first. The synpunkt keeps its own handling.
     */
    @CommandHandler
    long handle(EskaleraSynpunkt kommando) {
        kontrolleraOppen();
        kontrolleraHandlaggning(kommando.aktor(), enhet);
        if (enhet == null) {
            throw new RegelBrott("Ge synpunkten till en enhet innan den eskaleras");
        }
        if (eskalerad.contains(kommando.mal())) {
            throw new RegelBrott(switch (kommando.mal()) {
                case LEX_SARAH -> "Synpunkten är redan eskalerad till lex Sarah";
                case AVVIKELSE -> "Synpunkten är redan eskalerad till en avvikelse";
            });
        }
        String arende = switch (kommando.mal()) {
            case LEX_SARAH -> id.lexSarah().toString();
            case AVVIKELSE -> id.avvikelse().toString();
        };
        apply(new SynpunktEskalerad(id, kommando.mal(), arende, utanBlankt(kommando.kommentar()),
                kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    /** A link, not a step of the handling: an åtgärd may address a closed synpunkt too. Answers the version. */
    @CommandHandler
    long handle(KopplaAtgardTillSynpunkt kommando) {
        atgarder.koppling(kalla(), kommando.atgard(), kommando.titel(), kommando.tid())
                .ifPresent(AggregateLifecycle::apply);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AvslutaKoppladAtgardForSynpunkt kommando) {
        atgarder.avslut(kalla(), kommando.atgard(), kommando.status(), kommando.tid())
                .ifPresent(AggregateLifecycle::apply);
        return AggregateLifecycle.getVersion();
    }

    /** Records a passed deadline once; one met, lifted, already recorded or not yet due is no error. */
    @CommandHandler
    void handle(PaminnOmSynpunktsfrist kommando) {
        Instant forfaller = lopandeFrister.get(kommando.typ());
        if (forfaller != null && !paminda.contains(kommando.typ()) && !kommando.tid().isBefore(forfaller)) {
            apply(new SynpunktensFristOverskriden(id, kommando.typ(), forfaller, kommando.tid()));
        }
    }

    private Kalla kalla() {
        return new Kalla(Kalltyp.SYNPUNKT, id.toString());
    }

    private void uppfyll(SynpunktFristtyp typ, Instant tid) {
        if (lopandeFrister.containsKey(typ)) {
            apply(new SynpunktensFristUppfylld(id, typ, tid));
        }
    }

    private void upphav(String anledning, Instant tid) {
        for (SynpunktFristtyp typ : List.copyOf(lopandeFrister.keySet())) {
            apply(new SynpunktensFristUpphavd(id, typ, anledning, tid));
        }
    }

    private boolean avslutad() {
        return status == SynpunktStatus.AVSLUTAD || status == SynpunktStatus.VIDAREBEFORDRAD;
    }

    private void kontrolleraOppen() {
        if (avslutad()) {
            throw new RegelBrott("Synpunkten är " + status.benamning().toLowerCase());
        }
    }

    private static void kontrolleraHandlaggning(Aktor aktor, EnhetId enhet) {
        if (!SynpunktAtkomst.farHandlagga(aktor, enhet)) {
            throw new BehorighetSaknas("Endast enhetens handläggare, kvalitetssamordnare och ledning får handlägga"
                    + " synpunkten");
        }
    }

    private static boolean harNamn(Kontaktuppgifter kontakt) {
        return kontakt != null && kontakt.namn() != null && !kontakt.namn().isBlank();
    }

    private static String utanBlankt(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private void framat(SynpunktStatus ny) {
        if (!avslutad() && ny.ordinal() > status.ordinal()) {
            status = ny;
        }
    }

    @EventSourcingHandler
    void on(SynpunktInkommen handelse) {
        id = handelse.id();
        enhet = handelse.enhet();
        status = SynpunktStatus.REGISTRERAD;
        kanBesvaras = handelse.kontakt() != null && handelse.kontakt().kanBesvaras();
    }

    @EventSourcingHandler
    void on(SynpunktensFristSatt handelse) {
        lopandeFrister.put(handelse.typ(), handelse.forfaller());
    }

    @EventSourcingHandler
    void on(SynpunktensFristUppfylld handelse) {
        lopandeFrister.remove(handelse.typ());
    }

    @EventSourcingHandler
    void on(SynpunktensFristUpphavd handelse) {
        lopandeFrister.remove(handelse.typ());
    }

    @EventSourcingHandler
    void on(SynpunktensFristOverskriden handelse) {
        paminda.add(handelse.typ());
    }

    @EventSourcingHandler
    void on(SynpunktKvitterad handelse) {
        kvitterad = true;
        framat(SynpunktStatus.KVITTERAD);
    }

    @EventSourcingHandler
    void on(SynpunktTilldelad handelse) {
        enhet = handelse.enhet();
        framat(SynpunktStatus.TILLDELAD);
    }

    @EventSourcingHandler
    void on(SynpunktUtredd handelse) {
        utredd = true;
        framat(SynpunktStatus.UTREDD);
    }

    @EventSourcingHandler
    void on(SynpunktBesvarad handelse) {
        besvarad = true;
        framat(SynpunktStatus.BESVARAD);
    }

    @EventSourcingHandler
    void on(SynpunktEskalerad handelse) {
        eskalerad.add(handelse.mal());
    }

    @EventSourcingHandler
    void on(SynpunktVidarebefordrad handelse) {
        status = SynpunktStatus.VIDAREBEFORDRAD;
    }

    @EventSourcingHandler
    void on(SynpunktAvslutad handelse) {
        status = SynpunktStatus.AVSLUTAD;
    }

    @EventSourcingHandler
    void on(AtgardKoppladTillKalla handelse) {
        atgarder.koppla(handelse.atgard());
    }

    @EventSourcingHandler
    void on(KoppladAtgardAvslutad handelse) {
        atgarder.avsluta(handelse.atgard());
    }
}
