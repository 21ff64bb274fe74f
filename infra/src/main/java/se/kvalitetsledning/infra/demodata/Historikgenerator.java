package se.kvalitetsledning.infra.demodata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.demodata.Avvikelseforlopp.Enhetsprofil;
import se.kvalitetsledning.lexsarah.Verksamhetsuppgifter;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.organisation.ForvaltningId;
import se.kvalitetsledning.organisation.RegistreraEnhet;
import se.kvalitetsledning.organisation.VerksamhetsomradeId;

/**
 * A history at scale for benchmarks and load tests, through the command bus like everything else: {@code enheter}
 * generated enheter under the seeded verksamhetsområden, each with its own medarbetare and handläggare, and
 * {@code perEnhetOchAr} avvikelser per enhet and year over {@code ar} years. Enhet-years run in parallel on
 * {@code tradar} threads, each from its own seed, so the same seed gives the same events whatever the order.
 */
@Component
public class Historikgenerator {

    /**
     * How much history: about 7 events per avvikelse, so 10 years × 100 enheter × 140 is about a million; and one lex
     * Sarah case (about 12 events) for every twenty avvikelser, a synpunkt (about 10) for every ten, one
     * riskanalys (up to 8 events) and two egenkontroller (about 60) per enhet and year, and per enhet one indikator
     * with a value a month; at the end the förvaltning's kvalitetsberättelse of last year, fastställd.
     */
    public record Omfang(int ar, int enheter, int perEnhetOchAr) {
    }

    private record Omrade(String id, List<String> kategorier) {
    }

    /** One generated enhet: who files and handles its avvikelser and lex Sarah cases, and its names for IVO. */
    private record Historikenhet(Enhetsprofil profil, LexSarahforlopp.Roller roller,
                                 Verksamhetsuppgifter verksamhet) {
    }

    private static final ForvaltningId FORVALTNING = new ForvaltningId("socialforvaltningen");
    private static final List<Omrade> OMRADEN = List.of(new Omrade("lss", Avvikelseforlopp.SOL_LSS),
            new Omrade("socialpsykiatri", Avvikelseforlopp.SOL_LSS),
            new Omrade("aldreomsorg", Avvikelseforlopp.SOL_LSS), new Omrade("hsl", Avvikelseforlopp.HSL));
    private static final Aktor GENERATOR = new Aktor(new Anvandare("system", "Historikgenerator"),
            Set.of(Roll.ADMIN), Set.of());

    private final Avvikelseforlopp forlopp;
    private final LexSarahforlopp lexSarah;
    private final Synpunktforlopp synpunkter;
    private final Indikatorforlopp indikatorer;
    private final Riskanalysforlopp riskanalyser;
    private final Egenkontrollforlopp egenkontroller;
    private final Kvalitetsradsforlopp kvalitetsrad;
    private final Kvalitetsberattelseforlopp kvalitetsberattelser;
    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final Clock clock;

    Historikgenerator(Avvikelseforlopp forlopp, LexSarahforlopp lexSarah, Synpunktforlopp synpunkter,
                      Indikatorforlopp indikatorer, Riskanalysforlopp riskanalyser,
                      Egenkontrollforlopp egenkontroller, Kvalitetsradsforlopp kvalitetsrad,
                      Kvalitetsberattelseforlopp kvalitetsberattelser,
                      CommandGateway commandGateway, EventStore eventStore, Clock clock) {
        this.forlopp = forlopp;
        this.lexSarah = lexSarah;
        this.synpunkter = synpunkter;
        this.indikatorer = indikatorer;
        this.riskanalyser = riskanalyser;
        this.egenkontroller = egenkontroller;
        this.kvalitetsrad = kvalitetsrad;
        this.kvalitetsberattelser = kvalitetsberattelser;
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /** Generates the history; returns the number of commands sent. */
    public long generera(Omfang omfang, long fro, int tradar) throws InterruptedException {
        Instant nu = clock.instant();
        AtomicLong kommandon = new AtomicLong();
        List<Historikenhet> profiler = new ArrayList<>();
        for (int i = 1; i <= omfang.enheter(); i++) {
            profiler.add(enhet(i, kommandon));
        }
        ExecutorService pool = Executors.newFixedThreadPool(tradar);
        try {
            List<Future<?>> arbete = new ArrayList<>();
            for (int ar = 0; ar < omfang.ar(); ar++) {
                for (int e = 0; e < profiler.size(); e++) {
                    Historikenhet enhet = profiler.get(e);
                    Random slump = new Random(fro * 1_000_003L + ar * 10_007L + e);
                    Instant arsslut = nu.minus(Duration.ofDays(365L * ar));
                    arbete.add(pool.submit(() -> {
                        for (int n = 0; n < omfang.perEnhetOchAr(); n++) {
                            Instant intraffade = arsslut.minus(Duration.ofMinutes(slump.nextInt(365 * 24 * 60)));
                            kommandon.addAndGet(forlopp.genomfor(slump, enhet.profil(), intraffade, nu));
                        }
                        for (int n = 0; n < omfang.perEnhetOchAr() / 20; n++) {
                            Instant mottagen = arsslut.minus(Duration.ofMinutes(slump.nextInt(365 * 24 * 60)));
                            kommandon.addAndGet(lexSarah.genomfor(slump, enhet.profil().enhet(), enhet.verksamhet(),
                                    enhet.roller(), mottagen, nu));
                        }
                        for (int n = 0; n < omfang.perEnhetOchAr() / 10; n++) {
                            Instant mottagen = arsslut.minus(Duration.ofMinutes(slump.nextInt(365 * 24 * 60)));
                            kommandon.addAndGet(synpunkter.genomfor(slump, enhet.profil(), mottagen, nu));
                        }
                        Instant inledd = arsslut.minus(Duration.ofMinutes(slump.nextInt(365 * 24 * 60)));
                        kommandon.addAndGet(riskanalyser.genomfor(slump, enhet.profil().enhet(), enhet.roller(),
                                inledd, nu));
                        for (int n = 0; n < 2; n++) {
                            YearMonth manad = SvenskTid.manad(arsslut.minus(Duration.ofDays(slump.nextInt(365))));
                            kommandon.addAndGet(egenkontroller.genomfor(slump, enhet.profil(), manad, nu));
                        }
                    }));
                }
            }
            YearMonth forsta = YearMonth.from(nu.atZone(SvenskTid.ZON)).minusYears(omfang.ar()).plusMonths(1);
            for (int e = 0; e < profiler.size(); e++) {
                Historikenhet enhet = profiler.get(e);
                Random slump = new Random(fro * 7_919L + e);
                arbete.add(pool.submit(() -> kommandon.addAndGet(indikatorer.genomfor(slump,
                        enhet.profil().enhet(), enhet.roller().kvalitetssamordnare(), enhet.profil().handlaggare(),
                        forsta, nu))));
            }
            Aktor samordnare = profiler.get(0).roller().kvalitetssamordnare();
            Random moten = new Random(fro * 104_729L);
            for (YearMonth manad = forsta; manad.isBefore(YearMonth.from(nu.atZone(SvenskTid.ZON)));
                 manad = manad.plusMonths(1)) {
                YearMonth mote = manad;
                long motesfro = moten.nextLong();
                arbete.add(pool.submit(() -> kommandon.addAndGet(kvalitetsrad.genomfor(new Random(motesfro),
                        samordnare, mote, nu))));
            }
            for (Future<?> f : arbete) {
                f.get();
            }
            int fjol = nu.atZone(SvenskTid.ZON).getYear() - 1;
            kommandon.addAndGet(kvalitetsberattelser.genomfor(fjol, FORVALTNING, nu));
        } catch (ExecutionException e) {
            throw new IllegalStateException("Historiken kunde inte genereras", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return kommandon.get();
    }

    private Historikenhet enhet(int nummer, AtomicLong kommandon) {
        Omrade omrade = OMRADEN.get(nummer % OMRADEN.size());
        EnhetId enhet = new EnhetId("%s-enhet-%03d".formatted(omrade.id(), nummer));
        String namn = "Enhet %d (%s)".formatted(nummer, omrade.id());
        if (eventStore.lastSequenceNumberFor(enhet.toString()).isEmpty()) {
            commandGateway.sendAndWait(new RegistreraEnhet(enhet, namn, new VerksamhetsomradeId(omrade.id()),
                    FORVALTNING, GENERATOR, clock.instant()));
            kommandon.incrementAndGet();
        }
        Aktor medarbetare = aktor("medarbetare-" + nummer, "Medarbetare " + nummer, Roll.MEDARBETARE, enhet);
        Aktor handlaggare = aktor("handlaggare-" + nummer, "Handläggare " + nummer, Roll.HANDLAGGARE, enhet);
        var roller = new LexSarahforlopp.Roller(medarbetare, handlaggare,
                aktor("kvalitetssamordnare-" + nummer, "Kvalitetssamordnare " + nummer, Roll.KVALITETSSAMORDNARE,
                        enhet), aktor("ledning-" + nummer, "Ledning " + nummer, Roll.LEDNING, enhet));
        return new Historikenhet(new Enhetsprofil(enhet, medarbetare, handlaggare, omrade.kategorier()), roller,
                new Verksamhetsuppgifter("Socialförvaltningen", omrade.id(), namn));
    }

    private static Aktor aktor(String anvandarnamn, String namn, Roll roll, EnhetId enhet) {
        return new Aktor(new Anvandare(anvandarnamn, namn), Set.of(roll), Set.of(enhet));
    }
}
