package se.kvalitetsledning.infra.egenkontroll;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

import se.kvalitetsledning.egenkontroll.EgenkontrollAtkomst;
import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer;
import se.kvalitetsledning.egenkontroll.EgenkontrollId;
import se.kvalitetsledning.egenkontroll.EgenkontrollStatistik;
import se.kvalitetsledning.egenkontroll.Egenkontrollplan;
import se.kvalitetsledning.egenkontroll.HamtaEgenkontroll;
import se.kvalitetsledning.egenkontroll.HamtaKontrollmall;
import se.kvalitetsledning.egenkontroll.KontrollmallDetaljer;
import se.kvalitetsledning.egenkontroll.KontrollmallId;
import se.kvalitetsledning.egenkontroll.KontrollmallRad;
import se.kvalitetsledning.egenkontroll.ListaEgenkontrollplan;
import se.kvalitetsledning.egenkontroll.ListaKontrollmallar;
import se.kvalitetsledning.egenkontroll.PlaneraEgenkontroll;
import se.kvalitetsledning.egenkontroll.RaknaEgenkontroller;
import se.kvalitetsledning.egenkontroll.SkapaKontrollmall;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.axon.Lasmodellvakt;
import se.kvalitetsledning.infra.referensdata.Referensdata;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.projektion.GlesaProjektioner;

/** Creates kontrollmallar and plans egenkontroller, and reads them, the plan and the counters for those who may. */
@Service
public class EgenkontrollTjanst {

    private static final Duration LASMODELL_VANTAN = Duration.ofSeconds(5);
    /** The processing group of the egenkontroller's projection (the templates' is {@link GlesaProjektioner}). */
    private static final String KONTROLLER = "egenkontroller";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Referensdata referensdata;
    private final Anvandarkatalog anvandarkatalog;
    private final Lasmodellvakt lasmodellvakt;
    private final Clock clock;

    EgenkontrollTjanst(CommandGateway commandGateway, QueryGateway queryGateway, Referensdata referensdata,
                       Anvandarkatalog anvandarkatalog, Lasmodellvakt lasmodellvakt, Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.referensdata = referensdata;
        this.anvandarkatalog = anvandarkatalog;
        this.lasmodellvakt = lasmodellvakt;
        this.clock = clock;
    }

    public KontrollmallId skapaMall(Aktor aktor, EgenkontrollApiBegaran.NyKontrollmall ny) {
        kravForvaltaMallar(aktor);
        KontrollmallId id = ny.id() == null ? KontrollmallId.nytt() : KontrollmallId.av(ny.id());
        commandGateway.sendAndWait(new SkapaKontrollmall(id, ny.namn(), ny.beskrivning(), ny.kvalitetsomraden(),
                aktor, clock.instant()));
        vantaPaMallen(id, 0);
        return id;
    }

    /** Every template: anyone who may answer a check may read what it asks. */
    public List<KontrollmallRad> mallar() {
        return queryGateway.query(new ListaKontrollmallar(), ResponseTypes.multipleInstancesOf(KontrollmallRad.class))
                .join();
    }

    public KontrollmallDetaljer mall(KontrollmallId id) {
        return hamta(id).orElseThrow(() -> new KontrollmallSaknas(id));
    }

    /** Plans a check; the template must exist and the responsible person belong to the enhet. */
    public EgenkontrollId planera(Aktor aktor, EgenkontrollApiBegaran.NyEgenkontroll ny) {
        if (referensdata.enhet(ny.enhet()).isEmpty()) {
            throw new OgiltigIndata("enhet", "Okänd enhet: " + ny.enhet());
        }
        EnhetId enhet = new EnhetId(ny.enhet());
        if (!EgenkontrollAtkomst.farPlanera(aktor, enhet)) {
            throw new BehorighetSaknas("Endast kvalitetssamordnare och enhetens handläggare och ledning får planera"
                    + " egenkontroller");
        }
        KontrollmallId mall = KontrollmallId.av(ny.mall());
        if (hamta(mall).isEmpty()) {
            throw new OgiltigIndata("mall", "Okänd kontrollmall: " + ny.mall());
        }
        EgenkontrollId id = ny.id() == null ? EgenkontrollId.nytt() : EgenkontrollId.av(ny.id());
        commandGateway.sendAndWait(new PlaneraEgenkontroll(id, mall, enhet, ny.manad(), ansvarig(enhet, ny.ansvarig()),
                aktor, clock.instant()));
        vantaPaKontrollen(id, 0);
        return id;
    }

    /** One of the enhet's people, or a kvalitetssamordnare of it. */
    Anvandare ansvarig(EnhetId enhet, String anvandarnamn) {
        return anvandarkatalog.hitta(anvandarnamn)
                .filter(a -> a.tillhor(enhet))
                .map(Aktor::anvandare)
                .orElseThrow(() -> new OgiltigIndata("ansvarig", "Användaren " + anvandarnamn
                        + " finns inte eller hör inte till enheten"));
    }

    /** The whole check for one who may answer it: 404 when there is none, 403 to anyone else. */
    public EgenkontrollDetaljer krav(Aktor aktor, EgenkontrollId id) {
        EgenkontrollDetaljer kontroll = hamta(id).orElseThrow(() -> new EgenkontrollSaknas(id));
        if (!EgenkontrollAtkomst.farSvara(aktor, new EnhetId(kontroll.enhet()), kontroll.ansvarig())) {
            throw new BehorighetSaknas("Egenkontrollen är öppen bara för enhetens personal och kvalitetssamordnare");
        }
        return kontroll;
    }

    /** The årshjul of the caller's enheter, or of one of them, of a year or of every year. */
    public Egenkontrollplan plan(Aktor aktor, String enhet, Integer ar) {
        Set<String> enheter = aktor.enheter().stream().map(EnhetId::value).collect(Collectors.toSet());
        if (StringUtils.hasText(enhet)) {
            enheter = enheter.contains(enhet) ? Set.of(enhet) : Set.of();
        }
        return queryGateway.query(new ListaEgenkontrollplan(enheter, ar, idag()), Egenkontrollplan.class).join();
    }

    /** Today in Swedish time: what makes a check due or overdue. */
    public LocalDate idag() {
        return LocalDate.now(clock.withZone(SvenskTid.ZON));
    }

    /** The counters of the year in the enheter whose cases the caller reads. */
    public EgenkontrollStatistik statistik(Aktor aktor, int ar) {
        if (!aktor.har(Roll.HANDLAGGARE) && !aktor.har(Roll.KVALITETSSAMORDNARE) && !aktor.har(Roll.LEDNING)) {
            throw new BehorighetSaknas("Statistiken är öppen för handläggare, kvalitetssamordnare och ledning");
        }
        Set<String> enheter = aktor.enheter().stream().filter(aktor::farLasa).map(EnhetId::value)
                .collect(Collectors.toSet());
        return queryGateway.query(new RaknaEgenkontroller(enheter, ar), EgenkontrollStatistik.class).join();
    }

    static void kravForvaltaMallar(Aktor aktor) {
        if (!EgenkontrollAtkomst.farForvaltaMallar(aktor)) {
            throw new BehorighetSaknas("Endast kvalitetssamordnare och administratörer får ändra kontrollmallar");
        }
    }

    /** Waits, for a few seconds at most, until the read side shows the template at the given version. */
    public void vantaPaMallen(KontrollmallId id, long minstVersion) {
        lasmodellvakt.vanta(GlesaProjektioner.NAMN, id.toString(), minstVersion,
                () -> hamta(id).filter(m -> m.version() >= minstVersion).isPresent(), LASMODELL_VANTAN);
    }

    /** Waits, for a few seconds at most, until the read side shows the check at the given version. */
    public void vantaPaKontrollen(EgenkontrollId id, long minstVersion) {
        lasmodellvakt.vanta(KONTROLLER, id.toString(), minstVersion,
                () -> hamta(id).filter(k -> k.version() >= minstVersion).isPresent(), LASMODELL_VANTAN);
    }

    private Optional<KontrollmallDetaljer> hamta(KontrollmallId id) {
        return Optional.ofNullable(queryGateway.query(new HamtaKontrollmall(id), KontrollmallDetaljer.class).join());
    }

    private Optional<EgenkontrollDetaljer> hamta(EgenkontrollId id) {
        return Optional.ofNullable(queryGateway.query(new HamtaEgenkontroll(id), EgenkontrollDetaljer.class).join());
    }
}
