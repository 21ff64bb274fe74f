package se.kvalitetsledning.infra.riskanalys;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
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
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.axon.Lasmodellvakt;
import se.kvalitetsledning.infra.referensdata.Referensdata;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.projektion.GlesaProjektioner;
import se.kvalitetsledning.riskanalys.Anledning;
import se.kvalitetsledning.riskanalys.HamtaRiskanalys;
import se.kvalitetsledning.riskanalys.InledRiskanalys;
import se.kvalitetsledning.riskanalys.ListaRiskanalyser;
import se.kvalitetsledning.riskanalys.ListaRiskregister;
import se.kvalitetsledning.riskanalys.RaknaRiskanalyser;
import se.kvalitetsledning.riskanalys.RaknaRiskmatris;
import se.kvalitetsledning.riskanalys.Registerrisk;
import se.kvalitetsledning.riskanalys.RiskanalysAtkomst;
import se.kvalitetsledning.riskanalys.RiskanalysDetaljer;
import se.kvalitetsledning.riskanalys.RiskanalysId;
import se.kvalitetsledning.riskanalys.RiskanalysRad;
import se.kvalitetsledning.riskanalys.RiskanalysStatistik;
import se.kvalitetsledning.riskanalys.Riskanalysuppgifter;
import se.kvalitetsledning.riskanalys.Riskmatris;

/**
 * Starts riskanalyser and reads them: an analysis for its team and those who may lead it, the lists, register,
 * matrix and counters for the enheter where the actor may lead analyses (a kvalitetssamordnare: all).
 */
@Service
public class RiskanalysTjanst {

    private static final Duration LASMODELL_VANTAN = Duration.ofSeconds(5);
    /** The processing group of the projection the pages read. */

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Referensdata referensdata;
    private final Lasmodellvakt lasmodellvakt;
    private final Clock clock;

    RiskanalysTjanst(CommandGateway commandGateway, QueryGateway queryGateway, Referensdata referensdata,
                     Lasmodellvakt lasmodellvakt, Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.referensdata = referensdata;
        this.lasmodellvakt = lasmodellvakt;
        this.clock = clock;
    }

    /** Starts the analysis; a retry with the same id starts nothing more. */
    public RiskanalysId inled(Aktor aktor, RiskanalysId id, Riskanalysuppgifter uppgifter) {
        kravEnhet(uppgifter.enhet().value());
        try {
            commandGateway.sendAndWait(new InledRiskanalys(id, uppgifter, aktor, clock.instant()));
        } catch (AggregateStreamCreationException redanInledd) {
            vantaPaLasmodellen(id, 0);
            if (hamta(aktor, id).isEmpty()) {
                throw new OgiltigIndata("id", "Id:t används redan av en annan riskanalys");
            }
            return id;
        }
        vantaPaLasmodellen(id, 0);
        return id;
    }

    public Optional<RiskanalysDetaljer> hamta(Aktor aktor, RiskanalysId id) {
        return hamta(id).filter(d -> farLasa(aktor, d));
    }

    /** The whole analysis for its team and those who may lead it: 404 when there is none, 403 to anyone else. */
    public RiskanalysDetaljer krav(Aktor aktor, RiskanalysId id) {
        RiskanalysDetaljer analys = hamta(id).orElseThrow(() -> new RiskanalysSaknas(id));
        if (!farLasa(aktor, analys)) {
            throw new BehorighetSaknas("Riskanalysen är öppen bara för dess team, kvalitetssamordnare och enhetens"
                    + " handläggare och ledning");
        }
        return analys;
    }

    public List<RiskanalysRad> lista(Aktor aktor, String enhet, Anledning anledning, Boolean faststalld) {
        return queryGateway.query(new ListaRiskanalyser(urval(aktor, enhet), anledning, faststalld),
                ResponseTypes.multipleInstancesOf(RiskanalysRad.class)).join();
    }

    /** The open risks of the enhet (or of every enhet the actor leads analyses in), the highest riskvärde first. */
    public List<Registerrisk> register(Aktor aktor, String enhet) {
        return queryGateway.query(new ListaRiskregister(urval(aktor, enhet), idag()),
                ResponseTypes.multipleInstancesOf(Registerrisk.class)).join();
    }

    public Riskmatris matris(Aktor aktor, String enhet) {
        return queryGateway.query(new RaknaRiskmatris(urval(aktor, enhet)), Riskmatris.class).join();
    }

    public RiskanalysStatistik statistik(Aktor aktor, int ar) {
        return queryGateway.query(new RaknaRiskanalyser(urval(aktor, null), ar), RiskanalysStatistik.class).join();
    }

    /** Kvalitetssamordnare, handläggare and ledning lead riskanalyser; other staff take part through a team. */
    public static boolean serRiskanalyser(Aktor aktor) {
        return !enheter(aktor).isEmpty();
    }

    public void vantaPaLasmodellen(RiskanalysId id, long minstVersion) {
        lasmodellvakt.vanta(GlesaProjektioner.NAMN, id.toString(), minstVersion,
                () -> hamta(id).filter(a -> a.version() >= minstVersion).isPresent(), LASMODELL_VANTAN);
    }

    void kravEnhet(String enhet) {
        if (referensdata.enhet(enhet).isEmpty()) {
            throw new OgiltigIndata("enhet", "Okänd enhet: " + enhet);
        }
    }

    LocalDate idag() {
        return LocalDate.now(clock.withZone(SvenskTid.ZON));
    }

    /** One enhet the actor leads analyses in, or all of them; 403 for any other. */
    private Set<String> urval(Aktor aktor, String enhet) {
        Set<String> egna = enheter(aktor);
        if (egna.isEmpty()) {
            throw new BehorighetSaknas("Riskanalyser leds av kvalitetssamordnare och enheternas handläggare och"
                    + " ledning");
        }
        if (!StringUtils.hasText(enhet)) {
            return egna;
        }
        kravEnhet(enhet);
        if (!egna.contains(enhet)) {
            throw new BehorighetSaknas("Du leder inte riskanalyser i enheten " + enhet);
        }
        return Set.of(enhet);
    }

    private static Set<String> enheter(Aktor aktor) {
        return aktor.enheter().stream().filter(e -> RiskanalysAtkomst.farLeda(aktor, e)).map(EnhetId::value)
                .collect(Collectors.toSet());
    }

    private static boolean farLasa(Aktor aktor, RiskanalysDetaljer analys) {
        return RiskanalysAtkomst.farArbeta(aktor, new EnhetId(analys.enhet()), analys.team());
    }

    private Optional<RiskanalysDetaljer> hamta(RiskanalysId id) {
        return Optional.ofNullable(queryGateway.query(new HamtaRiskanalys(id), RiskanalysDetaljer.class).join());
    }
}
