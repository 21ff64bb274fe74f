package se.kvalitetsledning.infra.drift;

import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * A projection whose read model changed shape is rebuilt once, at the first start of the new version on a store its
 * older shape was built in: the version each one was built with is kept in the database beside it.
 */
@Component
@Order(0)
class Lasmodellversioner implements ApplicationRunner {

    /** Raise a projection's number when its documents change in a way only a rebuild fills in; say why. */
    static final Map<String, Integer> VERSIONER = Map.of(
            "arendeflode", 2); // 2: the index of each enhet's received, closed and open cases (arendeflode-index)

    private static final Logger log = LoggerFactory.getLogger(Lasmodellversioner.class);

    @Document("lasmodellversioner")
    record Version(@Id String projektion, int version) {
    }

    private final MongoTemplate mongo;
    private final Projektioner projektioner;

    Lasmodellversioner(MongoTemplate mongo, Projektioner projektioner) {
        this.mongo = mongo;
        this.projektioner = projektioner;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        for (var entry : VERSIONER.entrySet()) {
            Version byggd = mongo.findById(entry.getKey(), Version.class);
            if (byggd == null || byggd.version() < entry.getValue()) {
                log.info("Läsmodellen {} byggs om till version {}", entry.getKey(), entry.getValue());
                projektioner.byggOm(entry.getKey(), Duration.ofSeconds(30));
                mongo.save(new Version(entry.getKey(), entry.getValue()));
            }
        }
    }
}
