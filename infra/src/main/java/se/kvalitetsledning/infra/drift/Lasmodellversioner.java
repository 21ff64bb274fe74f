package se.kvalitetsledning.infra.drift;

import java.util.Map;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.projektion.GlesaProjektioner;

/**
 * A projection whose read model changed shape is rebuilt once, at the first start of the new version on a store its
 * older shape was built in: the version each one was built with is kept in the database beside it. The reset is
 * made just before the processors start (a processor stopped while it starts may stay stopped).
 */
@Component
class Lasmodellversioner implements ConfigurerModule {

    /**
     * Raise a projection's number when its documents change in a way only a rebuild fills in (a new index is filled
     * only by the events after it otherwise); say why.
     */
    static final Map<String, Integer> VERSIONER = Map.of(
            // 2: the list's rows and counts per enhet and month (avvikelse-lista), a reporter's avvikelser by _id;
            // 3: a copy of each month's counts (avvikelse-lista-antal), read for the total without the month's rows;
            // 4: a reporter's rows hold each avvikelse's registration time, so a page is read without the others;
            // 5: the list's rows begin with their time in a fixed width, so their text order is their time order;
            // 6: all enheter's rows of a month in 16 documents by id, with their counts per hink beside the copy;
            // 7: a mark of change per copy (avvikelse-lista-stamplar), so lists keep the copies while unchanged
            "avvikelse", 7,
            // 2: the index of each enhet's received, closed and open cases (arendeflode-index); 3: open cases listed
            // with when they were received and late ones apart, so the late ones are counted without reading them;
            // 4: an avvikelse's kvalitetsområden, so the summary counts them from the month's cases; 5: the whole
            // organisation's open cases in 16 documents by id instead of one; 6: an open case's time received in a
            // fixed width, compared as text; 7: the whole organisation's months in 16 documents by id as well
            "arendeflode", 7,
            // 2: the counters' rows per enhet and year (egenkontroll-index)
            "egenkontroller", 2,
            // 2: the counters' rows per enhet and month received (synpunkt-index)
            "synpunkter", 2,
            // 2: the yearly counts' rows per enhet and year (atgard-index)
            "atgard", 2,
            // 2: the patterns' rows per enhet and month (avvikelse-monster-index); 3: a mark of change per document
            // of it (avvikelse-monster-stamplar), so summaries keep what they read while it is unchanged; 4: the
            // whole organisation's months in 16 documents each (Radindex's hinkar)
            "avvikelse-monster", 4,
            // 2: the counters of each month (avvikelse-rakning-index), which reports read by _id; 3: its rows hold
            // the counter's enhet as a field of its own; 4: a mark per month (avvikelse-rakning-stamplar), so reports
            // keep a month's counts while it is unchanged
            "avvikelse-statistik", 4,
            // 1: the read models of few events share one processor (GlesaProjektioner), which a store built before
            // it has no token for: their documents are emptied and built again by it
            GlesaProjektioner.NAMN, 1);

    private static final Logger log = LoggerFactory.getLogger(Lasmodellversioner.class);

    @Document("lasmodellversioner")
    record Version(@Id String projektion, int version) {
    }

    private final ObjectProvider<MongoTemplate> mongo;
    private final ObjectProvider<EventProcessingConfiguration> processing;

    Lasmodellversioner(ObjectProvider<MongoTemplate> mongo, ObjectProvider<EventProcessingConfiguration> processing) {
        this.mongo = mongo;
        this.processing = processing;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, this::byggOmInaktuella);
    }

    /** Resets every projection built with an older version; its processor, when it starts, replays everything. */
    void byggOmInaktuella() {
        VERSIONER.forEach((projektion, version) -> {
            Version byggd = mongo.getObject().findById(projektion, Version.class);
            if (byggd == null || byggd.version() < version) {
                log.info("Läsmodellen {} byggs om till version {}", projektion, version);
                processing.getObject().eventProcessor(projektion, TrackingEventProcessor.class)
                        .ifPresent(TrackingEventProcessor::resetTokens);
                mongo.getObject().save(new Version(projektion, version));
            }
        });
    }
}
