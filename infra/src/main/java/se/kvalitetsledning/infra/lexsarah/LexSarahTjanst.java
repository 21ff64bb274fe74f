package se.kvalitetsledning.infra.lexsarah;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
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
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.axon.Lasmodellvakt;
import se.kvalitetsledning.infra.referensdata.Referensdata;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.lexsarah.Handelsetyp;
import se.kvalitetsledning.lexsarah.HamtaLexSarah;
import se.kvalitetsledning.lexsarah.LexSarahAtkomst;
import se.kvalitetsledning.lexsarah.LexSarahDetaljer;
import se.kvalitetsledning.lexsarah.LexSarahId;
import se.kvalitetsledning.lexsarah.LexSarahRad;
import se.kvalitetsledning.lexsarah.ListaLexSarah;
import se.kvalitetsledning.lexsarah.ListaMinaLexSarahRapporter;
import se.kvalitetsledning.lexsarah.MinLexSarahRapport;
import se.kvalitetsledning.lexsarah.RapporteraMissforhallande;
import se.kvalitetsledning.lexsarah.Rapportsatt;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * What the web UI and the API share for lex Sarah: the rapport checked against the reference data before the
 * command bus, reads limited to those the case is open to (every whole-case view recorded), the lists each role
 * sees, and read-your-writes after each command.
 */
@Service
public class LexSarahTjanst {

    private static final Duration LASMODELL_VANTAN = Duration.ofSeconds(5);
    /** The processing group of the projection the pages read. */
    private static final String PROJEKTION = "lex-sarah";
    /** A rapport is three events: the rapport, its measures or their deadline, and the investigation's deadline. */
    private static final long VERSION_EFTER_RAPPORT = 2;

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Referensdata referensdata;
    private final Anvandarkatalog anvandarkatalog;
    private final Visningslogg visningslogg;
    private final Lasmodellvakt lasmodellvakt;
    private final Clock clock;

    LexSarahTjanst(CommandGateway commandGateway, QueryGateway queryGateway, Referensdata referensdata,
                   Anvandarkatalog anvandarkatalog, Visningslogg visningslogg, Lasmodellvakt lasmodellvakt,
                   Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.referensdata = referensdata;
        this.anvandarkatalog = anvandarkatalog;
        this.visningslogg = visningslogg;
        this.lasmodellvakt = lasmodellvakt;
        this.clock = clock;
    }

    public LexSarahId rapportera(Aktor aktor, NyLexSarahRapport ny) {
        if (referensdata.enhet(ny.enhet()).isEmpty()) {
            throw new OgiltigIndata("enhet", "Okänd enhet: " + ny.enhet());
        }
        Instant nu = clock.instant();
        Instant intraffade = svenskTid(ny.intraffade());
        if (!ny.muntlig() && ny.mottagen() != null) {
            throw new OgiltigIndata("mottagen",
                    "Anges bara för en muntlig rapport: en skriftlig tas emot när den skickas");
        }
        Instant mottagen = ny.mottagen() == null ? nu : svenskTid(ny.mottagen());
        if (intraffade.isAfter(nu)) {
            throw new OgiltigIndata("intraffade", "Tidpunkten då det hände får inte ligga i framtiden");
        }
        if (mottagen.isAfter(nu)) {
            throw new OgiltigIndata("mottagen", "Tidpunkten då rapporten togs emot får inte ligga i framtiden");
        }
        if (intraffade.isAfter(mottagen)) {
            throw new OgiltigIndata("intraffade", "Det kan inte ha hänt efter att rapporten togs emot");
        }
        Anvandare rapportor = null;
        if (ny.muntlig()) {
            if (!StringUtils.hasText(ny.rapportorNamn())) {
                throw new OgiltigIndata("rapportorNamn", "Ange vem som lämnade den muntliga rapporten");
            }
            if (StringUtils.hasText(ny.rapportorAnvandarnamn())) {
                rapportor = anvandarkatalog.hitta(ny.rapportorAnvandarnamn()).map(Aktor::anvandare)
                        .orElseThrow(() -> new OgiltigIndata("rapportorAnvandarnamn",
                                "Användaren " + ny.rapportorAnvandarnamn() + " finns inte"));
            }
        }
        Set<Handelsetyp> typer = ny.handelsetyper() == null || ny.handelsetyper().isEmpty()
                ? EnumSet.noneOf(Handelsetyp.class) : EnumSet.copyOf(ny.handelsetyper());
        LexSarahId id = ny.id() == null ? LexSarahId.nytt() : LexSarahId.av(ny.id());
        try {
            commandGateway.sendAndWait(new RapporteraMissforhallande(id, new EnhetId(ny.enhet()), intraffade,
                    mottagen, ny.beskrivning(), ny.brukarreferens(), typer, ny.barnBerort(), ny.omedelbaraAtgarder(),
                    ny.muntlig() ? Rapportsatt.MUNTLIG : Rapportsatt.SKRIFTLIG, rapportor, ny.rapportorNamn(), aktor,
                    nu));
        } catch (AggregateStreamCreationException redanRapporterad) {
            vantaPaLasmodellen(id, VERSION_EFTER_RAPPORT);
            if (registreradAv(aktor, id).isEmpty()) {
                throw new OgiltigIndata("id", "Id:t används redan av ett annat ärende");
            }
            return id;
        }
        vantaPaLasmodellen(id, VERSION_EFTER_RAPPORT);
        return id;
    }

    /** The whole case, for those it is open to; nothing is recorded (for checks before a command). */
    public Optional<LexSarahDetaljer> hamta(Aktor aktor, LexSarahId id) {
        return hamta(id).filter(d -> farLasa(aktor, d));
    }

    /** The whole case for one it is open to: 404 when there is none, 403 to anyone else. */
    public LexSarahDetaljer krav(Aktor aktor, LexSarahId id) {
        LexSarahDetaljer arende = hamta(id).orElseThrow(() -> new LexSarahSaknas(id));
        if (!farLasa(aktor, arende)) {
            throw new BehorighetSaknas("Lex Sarah-ärenden är öppna bara för utredaren och förvaltningens"
                    + " kvalitetssamordnare och ledning");
        }
        return arende;
    }

    /** The whole case shown to a user, recorded in the view log. */
    public LexSarahDetaljer visa(Aktor aktor, LexSarahId id, String vad) {
        LexSarahDetaljer arende = krav(aktor, id);
        visningslogg.registrera(arende.id(), aktor.anvandare(), clock.instant(), vad);
        return arende;
    }

    /** Who has opened the case; only a kvalitetssamordnare of its förvaltning sees that. */
    public Optional<List<Visningslogg.Visning>> visningar(Aktor aktor, LexSarahDetaljer arende) {
        return aktor.har(Roll.KVALITETSSAMORDNARE) && aktor.tillhor(new EnhetId(arende.enhet()))
                ? Optional.of(visningslogg.visningar(arende.id())) : Optional.empty();
    }

    /** The open cases the actor answers for, the most urgent first. */
    public List<LexSarahRad> oppna(Aktor aktor) {
        return lista(aktor, true, null);
    }

    /** Every rapport received in the year, of the enheter the actor answers for. */
    public List<LexSarahRad> register(Aktor aktor, int ar) {
        return lista(aktor, false, ar);
    }

    /**
     * The receipt of a rapport the actor registered on someone else's behalf (an oral one): that it was received
     * and whether it is closed, as its reporter sees it, and nothing of the case.
     */
    public Optional<MinLexSarahRapport> registreradAv(Aktor aktor, LexSarahId id) {
        String anvandarnamn = aktor.anvandare().anvandarnamn();
        return hamta(id)
                .filter(d -> d.registreradAv() != null && d.registreradAv().anvandarnamn().equals(anvandarnamn))
                .map(d -> new MinLexSarahRapport(d.id(), d.enhet(), d.mottagen(), d.registrerad(), d.rapportsatt(),
                        d.avslutat()));
    }

    public List<MinLexSarahRapport> minaRapporter(Aktor aktor) {
        return queryGateway.query(new ListaMinaLexSarahRapporter(aktor.anvandare().anvandarnamn()),
                ResponseTypes.multipleInstancesOf(MinLexSarahRapport.class)).join();
    }

    /** Whether the actor may see any case at all: who an utredare can be, and who leads the work. */
    public static boolean serArenden(Aktor aktor) {
        return aktor.har(Roll.KVALITETSSAMORDNARE) || aktor.har(Roll.LEDNING) || aktor.har(Roll.HANDLAGGARE);
    }

    private List<LexSarahRad> lista(Aktor aktor, boolean baraOppna, Integer ar) {
        if (!serArenden(aktor)) {
            throw new BehorighetSaknas("Lex Sarah-ärenden är öppna bara för utredare, kvalitetssamordnare och ledning");
        }
        Set<String> enheter = aktor.har(Roll.KVALITETSSAMORDNARE) || aktor.har(Roll.LEDNING)
                ? aktor.enheter().stream().map(EnhetId::value).collect(Collectors.toSet()) : Set.of();
        return queryGateway.query(new ListaLexSarah(enheter, aktor.anvandare().anvandarnamn(), baraOppna, ar),
                ResponseTypes.multipleInstancesOf(LexSarahRad.class)).join();
    }

    private static boolean farLasa(Aktor aktor, LexSarahDetaljer arende) {
        return LexSarahAtkomst.farLasa(aktor, new EnhetId(arende.enhet()), arende.utredare());
    }

    private Optional<LexSarahDetaljer> hamta(LexSarahId id) {
        return Optional.ofNullable(queryGateway.query(new HamtaLexSarah(id), LexSarahDetaljer.class).join());
    }

    private static Instant svenskTid(LocalDateTime tid) {
        return tid.atZone(SvenskTid.ZON).toInstant();
    }

    /** Waits, for a few seconds at most, until the read side shows the case at the given version. */
    public void vantaPaLasmodellen(LexSarahId id, long minstVersion) {
        lasmodellvakt.vanta(PROJEKTION, id.toString(), minstVersion,
                () -> hamta(id).filter(a -> a.version() >= minstVersion).isPresent(), LASMODELL_VANTAN);
    }
}
