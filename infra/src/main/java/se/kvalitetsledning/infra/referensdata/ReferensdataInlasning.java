package se.kvalitetsledning.infra.referensdata;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.kategori.KategoriInfo;
import se.kvalitetsledning.kategori.RegistreraKategori;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.organisation.ForvaltningId;
import se.kvalitetsledning.organisation.Organisationsnod;
import se.kvalitetsledning.organisation.RegistreraEnhet;
import se.kvalitetsledning.organisation.RegistreraForvaltning;
import se.kvalitetsledning.organisation.RegistreraVerksamhetsomrade;
import se.kvalitetsledning.organisation.VerksamhetsomradeId;

/**
 * Registers, through the command bus, every organisation node and category of the seed files that the event
 * store does not have yet; so the first start seeds everything and later starts add only what the files gained.
 * The start goes on (and the application takes requests, see {@code Startsparr}) when the read side knows them all.
 */
@Component
@Order(1)
class ReferensdataInlasning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferensdataInlasning.class);
    /** The seed files are the administrator's word; the events record that they came from the files. */
    private static final Aktor INLASNING = new Aktor(new Anvandare("system", "Inläsning av referensdata"),
            Set.of(Roll.ADMIN), Set.of());

    private static final Duration LANGST_TILL_SYNLIG = Duration.ofMinutes(2);

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final Referensdata referensdata;
    private final Startlage startlage;
    private final Clock clock;

    ReferensdataInlasning(CommandGateway commandGateway, EventStore eventStore, Referensdata referensdata,
                          Startlage startlage, Clock clock) {
        this.clock = clock;
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.referensdata = referensdata;
        this.startlage = startlage;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        Referensfiler.Organisation organisation = Referensfiler.organisation();
        boolean tomtLager = !finns(new ForvaltningId(organisation.forvaltningar().get(0).id()));
        int nya = 0;
        for (Referensfiler.Forvaltning f : organisation.forvaltningar()) {
            ForvaltningId forvaltning = new ForvaltningId(f.id());
            nya += registrera(forvaltning, new RegistreraForvaltning(forvaltning, f.namn(), INLASNING, clock.instant()));
            for (Referensfiler.Verksamhetsomrade v : f.verksamhetsomraden()) {
                VerksamhetsomradeId omrade = new VerksamhetsomradeId(v.id());
                nya += registrera(omrade, new RegistreraVerksamhetsomrade(omrade, v.namn(), forvaltning, INLASNING,
                        clock.instant()));
                for (Referensfiler.Enhet e : v.enheter()) {
                    EnhetId enhet = new EnhetId(e.id());
                    nya += registrera(enhet, new RegistreraEnhet(enhet, e.namn(), omrade, forvaltning, INLASNING,
                            clock.instant()));
                }
            }
        }
        for (Referensfiler.Kategori k : Referensfiler.kategorier().kategorier()) {
            KategoriId id = new KategoriId(k.id());
            nya += registrera(id, new RegistreraKategori(id, k.namn(), k.grupp(), k.exempel(), k.kvalitetsomraden(),
                    INLASNING, clock.instant()));
        }
        if (nya > 0) {
            log.info("Referensdata: {} nya poster registrerade", nya);
        }
        vantaTillsSynlig(organisation);
        startlage.referensdataInlast(tomtLager);
    }

    private void vantaTillsSynlig(Referensfiler.Organisation organisation) throws InterruptedException {
        Set<String> enheter = organisation.forvaltningar().stream().flatMap(f -> f.verksamhetsomraden().stream())
                .flatMap(v -> v.enheter().stream()).map(Referensfiler.Enhet::id).collect(Collectors.toSet());
        Set<String> kategorier = Referensfiler.kategorier().kategorier().stream().map(Referensfiler.Kategori::id)
                .collect(Collectors.toSet());
        long grans = System.nanoTime() + LANGST_TILL_SYNLIG.toNanos();
        while (!synliga(enheter, kategorier)) {
            if (System.nanoTime() > grans) {
                log.warn("Referensdata: läsmodellerna visar inte alla enheter och kategorier efter {}",
                        LANGST_TILL_SYNLIG);
                return;
            }
            Thread.sleep(50);
        }
    }

    private boolean synliga(Set<String> enheter, Set<String> kategorier) {
        return referensdata.enheter().stream().map(Organisationsnod::id).collect(Collectors.toSet())
                .containsAll(enheter)
                && referensdata.kategorier().stream().map(KategoriInfo::id).collect(Collectors.toSet())
                .containsAll(kategorier);
    }

    private int registrera(Object aggregatId, Object kommando) {
        if (finns(aggregatId)) {
            return 0;
        }
        commandGateway.sendAndWait(kommando);
        return 1;
    }

    private boolean finns(Object aggregatId) {
        return eventStore.lastSequenceNumberFor(aggregatId.toString()).isPresent();
    }
}
