package se.kvalitetsledning.infra.atgard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import se.kvalitetsledning.atgard.AtgardDetaljer;
import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.AtgardRad;
import se.kvalitetsledning.atgard.AtgardRakning;
import se.kvalitetsledning.atgard.AtgardStatus;
import se.kvalitetsledning.atgard.Atgardsuppgifter;
import se.kvalitetsledning.atgard.ForeslaAtgard;
import se.kvalitetsledning.atgard.HamtaAtgard;
import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.atgard.ListaAtgarder;
import se.kvalitetsledning.atgard.ListaAtgardsdetaljer;
import se.kvalitetsledning.atgard.RaknaAtgarder;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.axon.Lasmodellvakt;
import se.kvalitetsledning.infra.referensdata.Referensdata;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * What the web UI and the API share for the backlog: a proposal checked against the organisation, the users and its
 * sources before the command bus, and linked on its sources at once; reads limited to those who work with its enheter
 * or own it; read-your-writes after each command.
 */
@Service
public class AtgardTjanst {

    private static final Duration LASMODELL_VANTAN = Duration.ofSeconds(5);
    private static final String PROJEKTION = "atgard";
    private static final int MAX_AR_FRAM = 10;

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Referensdata referensdata;
    private final Anvandarkatalog anvandarkatalog;
    private final Kallor kallor;
    private final Lasmodellvakt lasmodellvakt;
    private final Clock clock;

    AtgardTjanst(CommandGateway commandGateway, QueryGateway queryGateway, Referensdata referensdata,
                 Anvandarkatalog anvandarkatalog, Kallor kallor, Lasmodellvakt lasmodellvakt, Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.referensdata = referensdata;
        this.anvandarkatalog = anvandarkatalog;
        this.kallor = kallor;
        this.lasmodellvakt = lasmodellvakt;
        this.clock = clock;
    }

    public AtgardId foresla(Aktor aktor, NyAtgard ny) {
        for (String enhet : ny.enheter()) {
            if (referensdata.enhet(enhet).isEmpty()) {
                throw new OgiltigIndata("enheter", "Okänd enhet: " + enhet);
            }
        }
        Set<EnhetId> enheter = ny.enheter().stream().map(EnhetId::new).collect(Collectors.toSet());
        Aktor agare = anvandarkatalog.hitta(ny.agare())
                .filter(a -> enheter.stream().anyMatch(a::tillhor))
                .orElseThrow(() -> new OgiltigIndata("agare", "Användaren " + ny.agare()
                        + " finns inte eller tillhör ingen av åtgärdens enheter"));
        Set<Kalla> kallorna = new LinkedHashSet<>();
        for (NyAtgard.Kallhanvisning hanvisning : ny.kallor() == null ? List.<NyAtgard.Kallhanvisning>of()
                : ny.kallor()) {
            kallorna.add(kallor.kontrollera(aktor, hanvisning, "kallor"));
        }
        Set<Kvalitetsomrade> omraden = ny.kvalitetsomraden() == null || ny.kvalitetsomraden().isEmpty()
                ? EnumSet.noneOf(Kvalitetsomrade.class) : EnumSet.copyOf(ny.kvalitetsomraden());
        kontrolleraForfallodatum("forfallodatum", ny.forfallodatum());
        var uppgifter = new Atgardsuppgifter(ny.titel().strip(), ny.beskrivning(), ny.typ(), omraden, enheter,
                agare.anvandare(), ny.forfallodatum(), ny.forvantadEffekt(), ny.matning(), ny.prioritet());
        AtgardId id = ny.id() == null ? AtgardId.nytt() : AtgardId.av(ny.id());
        try {
            commandGateway.sendAndWait(new ForeslaAtgard(id, uppgifter, kallorna, aktor, clock.instant()));
        } catch (AggregateStreamCreationException redanForeslagen) {
            vantaPaLasmodellen(id, 0);
            if (hamta(aktor, id).isEmpty()) {
                throw new OgiltigIndata("id", "Id:t används redan av en annan åtgärd");
            }
            return id;
        }
        kallorna.forEach(kalla -> kallor.koppla(kalla, id, uppgifter.titel()));
        vantaPaLasmodellen(id, 0);
        return id;
    }

    /** An åtgärd for whoever works with one of its enheter, and for its owner. */
    public Optional<AtgardDetaljer> hamta(Aktor aktor, AtgardId id) {
        return Optional.ofNullable(queryGateway.query(new HamtaAtgard(id), AtgardDetaljer.class).join())
                .filter(a -> farLasa(aktor, a.enheter(), a.agare().anvandarnamn()));
    }

    /** 404 when there is none, 403 for those it is not open to. */
    public AtgardDetaljer krav(Aktor aktor, AtgardId id) {
        AtgardDetaljer atgard = Optional.ofNullable(queryGateway.query(new HamtaAtgard(id), AtgardDetaljer.class)
                .join()).orElseThrow(() -> new AtgardSaknas(id));
        if (!farLasa(aktor, atgard.enheter(), atgard.agare().anvandarnamn())) {
            throw new BehorighetSaknas("Åtgärden är öppen för dem som arbetar med dess enheter och för dess ägare");
        }
        return atgard;
    }

    /** The backlog of the actor's enheter (for those who handle or lead), and what the actor owns. */
    public List<AtgardRad> lista(Aktor aktor, Filter filter) {
        return queryGateway.query(urval(aktor, filter), ResponseTypes.multipleInstancesOf(AtgardRad.class)).join();
    }

    /** The same åtgärder as {@link #lista}, each whole, for the export. */
    public List<AtgardDetaljer> listaHela(Aktor aktor, Filter filter) {
        return queryGateway.query(new ListaAtgardsdetaljer(urval(aktor, filter)),
                ResponseTypes.multipleInstancesOf(AtgardDetaljer.class)).join();
    }

    private ListaAtgarder urval(Aktor aktor, Filter filter) {
        return new ListaAtgarder(lasbaraEnheter(aktor, null), aktor.anvandare().anvandarnamn(), filter.enhet(),
                filter.agare(), filter.kvalitetsomrade(), filter.kalltyp(), filter.status(), filter.baraForsenade(),
                idag());
    }

    public List<AtgardRakning> rakna(Aktor aktor, String enhet, int ar) {
        return queryGateway.query(new RaknaAtgarder(lasbaraEnheter(aktor, enhet), ar),
                ResponseTypes.multipleInstancesOf(AtgardRakning.class)).join();
    }

    /** A due date is today or later, and within ten years: a later one is a typing error, not a plan. */
    void kontrolleraForfallodatum(String falt, LocalDate datum) {
        if (datum.isBefore(idag())) {
            throw new OgiltigIndata(falt, "Förfallodatum får inte ha passerat");
        }
        if (datum.isAfter(idag().plusYears(MAX_AR_FRAM))) {
            throw new OgiltigIndata(falt, "Förfallodatum får ligga högst " + MAX_AR_FRAM + " år fram");
        }
    }

    public LocalDate idag() {
        return LocalDate.now(clock.withZone(SvenskTid.ZON));
    }

    /** The board's filters; null means any. */
    public record Filter(String enhet, String agare, Kvalitetsomrade kvalitetsomrade, Kalltyp kalltyp,
                         AtgardStatus status, boolean baraForsenade) {
    }

    /** Handläggare, kvalitetssamordnare and ledning see their enheter's backlog; others only what they own. */
    public static boolean serEnheternas(Aktor aktor) {
        return aktor.har(Roll.HANDLAGGARE) || aktor.har(Roll.KVALITETSSAMORDNARE) || aktor.har(Roll.LEDNING);
    }

    private static Set<String> lasbaraEnheter(Aktor aktor, String enhet) {
        Set<String> enheter = new LinkedHashSet<>();
        if (serEnheternas(aktor)) {
            aktor.enheter().forEach(e -> enheter.add(e.value()));
        }
        if (enhet != null) {
            enheter.retainAll(Set.of(enhet));
        }
        return enheter;
    }

    private static boolean farLasa(Aktor aktor, List<String> enheter, String agare) {
        return aktor.anvandare().anvandarnamn().equals(agare)
                || lasbaraEnheter(aktor, null).stream().anyMatch(enheter::contains);
    }

    public void vantaPaLasmodellen(AtgardId id, long minstVersion) {
        lasmodellvakt.vanta(PROJEKTION, id.toString(), minstVersion,
                () -> Optional.ofNullable(queryGateway.query(new HamtaAtgard(id), AtgardDetaljer.class).join())
                        .filter(a -> a.version() >= minstVersion).isPresent(), LASMODELL_VANTAN);
    }
}
