package se.kvalitetsledning.infra.synpunkt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.axon.Lasmodellvakt;
import se.kvalitetsledning.infra.referensdata.Referensdata;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.synpunkt.HamtaSynpunkt;
import se.kvalitetsledning.synpunkt.Kanal;
import se.kvalitetsledning.synpunkt.ListaSynpunkter;
import se.kvalitetsledning.synpunkt.RaknaSynpunkter;
import se.kvalitetsledning.synpunkt.SynpunktAtkomst;
import se.kvalitetsledning.synpunkt.SynpunktDetaljer;
import se.kvalitetsledning.synpunkt.SynpunktId;
import se.kvalitetsledning.synpunkt.SynpunktRad;
import se.kvalitetsledning.synpunkt.SynpunktStatistik;
import se.kvalitetsledning.synpunkt.SynpunktStatus;
import se.kvalitetsledning.synpunkt.Synpunktstyp;
import se.kvalitetsledning.synpunkt.TaEmotSynpunkt;

/** Registers synpunkter from staff and reads them for those who handle them. */
@Service
public class SynpunktTjanst {

    private static final Duration LASMODELL_VANTAN = Duration.ofSeconds(5);
    /** The processing group of the projection the pages read. */
    private static final String PROJEKTION = "synpunkter";

    /**
     * The list's filters, each optional; {@code enhet} {@link SynpunktStatistik#UTAN_ENHET} keeps those whose enhet
     * is not known.
     */
    public record Urval(String enhet, Synpunktstyp typ, SynpunktStatus status, Kanal kanal, LocalDate fran,
                        LocalDate till, boolean baraOppna, boolean baraForsenade) {

        public static final Urval ALLA = new Urval(null, null, null, null, null, null, false, false);
        public static final Urval OPPNA = new Urval(null, null, null, null, null, null, true, false);
    }

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Referensdata referensdata;
    private final Lasmodellvakt lasmodellvakt;
    private final Clock clock;

    SynpunktTjanst(CommandGateway commandGateway, QueryGateway queryGateway, Referensdata referensdata,
                   Lasmodellvakt lasmodellvakt, Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.referensdata = referensdata;
        this.lasmodellvakt = lasmodellvakt;
        this.clock = clock;
    }

    /** Registers what came by another channel than the e-tjänst; a retry with the same id registers nothing more. */
    public SynpunktId registrera(Aktor aktor, NySynpunkt ny) {
        if (!SynpunktAtkomst.farRegistrera(aktor)) {
            throw new BehorighetSaknas("Synpunkter registreras av handläggare, kvalitetssamordnare och ledning");
        }
        if (ny.kanal() == Kanal.E_TJANST) {
            throw new OgiltigIndata("kanal", "E-tjänsten lämnar sina synpunkter själv: välj hur synpunkten kom in");
        }
        EnhetId enhet = null;
        if (StringUtils.hasText(ny.enhet())) {
            if (referensdata.enhet(ny.enhet()).isEmpty()) {
                throw new OgiltigIndata("enhet", "Okänd enhet: " + ny.enhet());
            }
            enhet = new EnhetId(ny.enhet());
        }
        Instant nu = clock.instant();
        LocalDate idag = LocalDate.now(clock.withZone(SvenskTid.ZON));
        if (ny.mottagen().isAfter(idag)) {
            throw new OgiltigIndata("mottagen", "Dagen då synpunkten togs emot får inte ligga i framtiden");
        }
        Instant mottagen = ny.mottagen().equals(idag) ? nu : SvenskTid.dagensBorjan(ny.mottagen());
        SynpunktId id = ny.id() == null ? SynpunktId.nytt() : SynpunktId.av(ny.id());
        // the synpunkt and its deadlines: the answer's two only for a sender who can be answered
        long version = ny.kontakt() != null && ny.kontakt().kanBesvaras() ? 3 : 1;
        try {
            commandGateway.sendAndWait(new TaEmotSynpunkt(id, ny.typ(), ny.kanal(), enhet, mottagen, ny.vadHande(),
                    ny.onskemal(), ny.kontakt(), aktor, nu));
        } catch (AggregateStreamCreationException redanRegistrerad) {
            vantaPaLasmodellen(id, version);
            if (hamta(aktor, id).isEmpty()) {
                throw new OgiltigIndata("id", "Id:t används redan av en annan synpunkt");
            }
            return id;
        }
        vantaPaLasmodellen(id, version);
        return id;
    }

    /** The whole synpunkt, for those who handle it. */
    public Optional<SynpunktDetaljer> hamta(Aktor aktor, SynpunktId id) {
        return hamta(id).filter(d -> farLasa(aktor, d));
    }

    /** The whole synpunkt for one who handles it: 404 when there is none, 403 to anyone else. */
    public SynpunktDetaljer krav(Aktor aktor, SynpunktId id) {
        SynpunktDetaljer synpunkt = hamta(id).orElseThrow(() -> new SynpunktSaknas(id));
        if (!farLasa(aktor, synpunkt)) {
            throw new BehorighetSaknas("Synpunkter är öppna bara för enhetens handläggare, kvalitetssamordnare och"
                    + " ledning");
        }
        return synpunkt;
    }

    /** The synpunkter the actor handles that match the filters, newest first (open ones: the most urgent first). */
    public List<SynpunktRad> lista(Aktor aktor, Urval urval) {
        kravSer(aktor);
        Set<String> enheter = enheter(aktor);
        boolean utanEnhet = serUtanEnhet(aktor);
        if (StringUtils.hasText(urval.enhet())) {
            utanEnhet = utanEnhet && SynpunktStatistik.UTAN_ENHET.equals(urval.enhet());
            enheter = enheter.contains(urval.enhet()) ? Set.of(urval.enhet()) : Set.of();
        }
        return queryGateway.query(new ListaSynpunkter(enheter, utanEnhet, urval.typ(),
                        urval.status(), urval.kanal(), urval.fran(), urval.till(), urval.baraOppna(),
                        urval.baraForsenade(), null, clock.instant()),
                ResponseTypes.multipleInstancesOf(SynpunktRad.class)).join();
    }

    /** The counters of the months, in the enheter the actor handles. */
    public SynpunktStatistik statistik(Aktor aktor, YearMonth fran, YearMonth till) {
        kravSer(aktor);
        return queryGateway.query(new RaknaSynpunkter(enheter(aktor), serUtanEnhet(aktor), fran, till),
                SynpunktStatistik.class).join();
    }

    /** Handlers, kvalitetssamordnare and ledning handle synpunkter; other staff register nothing and see none. */
    public static boolean serSynpunkter(Aktor aktor) {
        return SynpunktAtkomst.farRegistrera(aktor);
    }

    /** Waits, for a few seconds at most, until the read side shows the synpunkt at the given version. */
    public void vantaPaLasmodellen(SynpunktId id, long minstVersion) {
        lasmodellvakt.vanta(PROJEKTION, id.toString(), minstVersion,
                () -> hamta(id).filter(s -> s.version() >= minstVersion).isPresent(), LASMODELL_VANTAN);
    }

    private static void kravSer(Aktor aktor) {
        if (!serSynpunkter(aktor)) {
            throw new BehorighetSaknas("Synpunkter är öppna bara för handläggare, kvalitetssamordnare och ledning");
        }
    }

    /** A handler sees the enheter they handle; kvalitetssamordnare and ledning all of theirs. */
    private static Set<String> enheter(Aktor aktor) {
        return aktor.enheter().stream().filter(e -> SynpunktAtkomst.farHandlagga(aktor, e)).map(EnhetId::value)
                .collect(Collectors.toSet());
    }

    private static boolean serUtanEnhet(Aktor aktor) {
        return SynpunktAtkomst.farHandlagga(aktor, null);
    }

    private static boolean farLasa(Aktor aktor, SynpunktDetaljer synpunkt) {
        return SynpunktAtkomst.farHandlagga(aktor, synpunkt.enhet() == null ? null : new EnhetId(synpunkt.enhet()));
    }

    private Optional<SynpunktDetaljer> hamta(SynpunktId id) {
        return Optional.ofNullable(queryGateway.query(new HamtaSynpunkt(id), SynpunktDetaljer.class).join());
    }
}
