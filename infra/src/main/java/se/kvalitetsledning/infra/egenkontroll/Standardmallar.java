package se.kvalitetsledning.infra.egenkontroll;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.egenkontroll.AndraKontrollmallutkast;
import se.kvalitetsledning.egenkontroll.KontrollmallId;
import se.kvalitetsledning.egenkontroll.Mallinnehall;
import se.kvalitetsledning.egenkontroll.PubliceraKontrollmall;
import se.kvalitetsledning.egenkontroll.SkapaKontrollmall;
import se.kvalitetsledning.egenkontroll.Trosklar;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.Roll;

/**
 * Creates and publishes, through the command bus, each kontrollmall of {@code referensdata/kontrollmallar.yml} the
 * event store does not have yet; its id is derived from the file's key, so a restart creates nothing twice.
 */
@Component
@Order(2)
public class Standardmallar implements ApplicationRunner {

    static final String FIL = "referensdata/kontrollmallar.yml";
    /** The key of "Genomförandeplan, utförare", which the generated history performs. */
    public static final String GENOMFORANDEPLAN = "genomforandeplan-utforare";

    private static final Logger log = LoggerFactory.getLogger(Standardmallar.class);
    private static final Aktor INLASNING = new Aktor(new Anvandare("system", "Inläsning av kontrollmallar"),
            Set.of(Roll.KVALITETSSAMORDNARE), Set.of());
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record Mallfil(List<Mall> kontrollmallar) {
    }

    record Mall(String id, String namn, String beskrivning, Set<Kvalitetsomrade> kvalitetsomraden,
                List<EgenkontrollApiBegaran.Fragerad> fragor) {

        Mallinnehall innehall() {
            return new Mallinnehall(namn, beskrivning, kvalitetsomraden,
                    fragor.stream().map(EgenkontrollApiBegaran.Fragerad::fraga).toList(), Trosklar.STANDARD);
        }
    }

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final Clock clock;

    Standardmallar(CommandGateway commandGateway, EventStore eventStore, Clock clock) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /** The id a template of the file gets: the same on every start and installation. */
    public static KontrollmallId id(String nyckel) {
        return new KontrollmallId(UUID.nameUUIDFromBytes(("kontrollmall:" + nyckel).getBytes(StandardCharsets.UTF_8)));
    }

    /** What the file's template with the key says. */
    public static Mallinnehall innehall(String nyckel) {
        return mallar().stream().filter(m -> m.id().equals(nyckel)).findFirst().map(Mall::innehall)
                .orElseThrow(() -> new IllegalArgumentException("Ingen kontrollmall " + nyckel + " i " + FIL));
    }

    static List<Mall> mallar() {
        try (InputStream in = new ClassPathResource(FIL).getInputStream()) {
            return YAML.readValue(in, Mallfil.class).kontrollmallar();
        } catch (IOException e) {
            throw new UncheckedIOException("Kan inte läsa " + FIL, e);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        int nya = 0;
        for (Mall mall : mallar()) {
            KontrollmallId id = id(mall.id());
            if (eventStore.lastSequenceNumberFor(id.toString()).isPresent()) {
                continue;
            }
            commandGateway.sendAndWait(new SkapaKontrollmall(id, mall.namn(), mall.beskrivning(),
                    mall.kvalitetsomraden(), INLASNING, clock.instant()));
            commandGateway.sendAndWait(new AndraKontrollmallutkast(id, 0L, mall.innehall(), INLASNING,
                    clock.instant()));
            commandGateway.sendAndWait(new PubliceraKontrollmall(id, 1L, INLASNING, clock.instant()));
            nya++;
        }
        if (nya > 0) {
            log.info("Kontrollmallar: {} nya publicerade", nya);
        }
    }
}
