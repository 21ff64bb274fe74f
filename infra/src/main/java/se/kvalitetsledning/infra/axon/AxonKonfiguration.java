package se.kvalitetsledning.infra.axon;

import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.GenericResultMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kvalitetsledning.infra.handelselager.HandelselagerEgenskaper;
import se.kvalitetsledning.infra.handelselager.MongoHandelselager;
import se.kvalitetsledning.infra.handelselager.TidigareFormat;
import se.kvalitetsledning.infra.mongo.Hallbarhet;
import se.kvalitetsledning.infra.mongo.LagringEgenskaper;
import se.kvalitetsledning.projektion.Batch;

/**
 * Axon on MongoDB: our own event store ({@link MongoHandelselager}), token and saga stores through the Axon MongoDB
 * extension, everything serialized with Jackson.
 */
@Configuration(proxyBeanMethods = false)
class AxonKonfiguration {

    private static final ResultMessage<Object> HANDELSE_HANTERAD = GenericResultMessage.asResultMessage((Object) null);

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient mongoClient, LagringEgenskaper lagring) {
        return DefaultMongoTemplate.builder().mongoDatabase(mongoClient, lagring.databas()).build();
    }

    @Bean
    MongoHandelselager eventStorageEngine(MongoClient mongoClient, LagringEgenskaper lagring,
                                          HandelselagerEgenskaper egenskaper,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Serializer serializer, List<EventUpcaster> upcasters,
                                          Hallbarhet hallbarhet) {
        MongoDatabase databas = mongoClient.getDatabase(lagring.databas());
        TidigareFormat.kontrollera(databas);
        return MongoHandelselager.builder()
                .databas(databas)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .upcasterChain(new EventUpcasterChain(upcasters))
                .luckTimeout(egenskaper.luckTimeout())
                .sparbatch(egenskaper.sparbatch())
                .lascache(egenskaper.lascache())
                .ensamSkrivare(lagring.inbyggd())
                .nummerblock(lagring.inbyggd() ? 64 : 1)
                // a command's events are durable before it is acknowledged, and before any projection sees them
                .gorHallbart(hallbarhet::sakerstall)
                .build();
    }

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoTokenStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).build();
    }

    @Bean
    SagaStore<Object> sagaStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoSagaStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).build();
    }

    /** Aggregates stay in memory between commands, within a bound (see {@code kvalitetsledning.handelselager}). */
    @Bean
    Cache aggregatCache(HandelselagerEgenskaper egenskaper) {
        return new BegransadCache(egenskaper.aggregatICache());
    }

    /** A snapshot every N events, so that no aggregate load reads more than N events. */
    @Bean
    SnapshotTriggerDefinition ogonblicksbildVarjeNHandelser(Snapshotter snapshotter, HandelselagerEgenskaper egenskaper) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, egenskaper.ogonblicksbildVarje());
    }

    /**
     * A projection that fails on an event stops and retries it, instead of logging and skipping it: a skipped
     * event would leave the read model, and every report built on it, silently wrong.
     */
    @Bean
    ConfigurerModule projektionerHopparInteOverHandelser() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance()));
    }

    /** Read-your-writes: every projection announces what it has handled to those waiting for it. */
    @Bean
    Lasmodellvakt lasmodellvakt() {
        return new Lasmodellvakt();
    }

    @Bean
    ConfigurerModule projektionerMeddelarVadDeHanterat(Lasmodellvakt vakt) {
        return configurer -> configurer.eventProcessing(processing -> processing.registerDefaultHandlerInterceptor(
                (konfiguration, processor) -> vakt.forProcessor(processor)));
    }

    /**
     * What the projections change in a batch ({@link Batch}) is written after its last event, inside the
     * batch, so before the processor stores its token in the commit: a crash never leaves the token ahead.
     * <p>
     * Each event is answered with one shared empty result, as what an event handler returns is not used: Axon's
     * batching unit of work otherwise makes a result message of its own for each event, with the correlation data
     * of the event (JFR of P2 at ab67698: 2.7 % of all samples).
     */
    @Bean
    ConfigurerModule projektionerSkriverEfterBatchen() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerDefaultHandlerInterceptor(
                (konfiguration, processor) -> (arbete, kedja) -> {
                    kedja.proceed();
                    Batch.skrivEfter(arbete);
                    return HANDELSE_HANTERAD;
                }));
    }

    /**
     * Projections handle what is available in batches, one unit of work and one token update per batch instead of
     * per event; a batch that fails is redone whole, which the projections' version guards make harmless.
     */
    @Bean
    ConfigurerModule projektionerIBatcher(HandelselagerEgenskaper egenskaper) {
        return configurer -> configurer.eventProcessing(processing -> {
            processing.registerTrackingEventProcessorConfiguration(c -> TrackingEventProcessorConfiguration
                    .forSingleThreadedProcessing().andBatchSize(egenskaper.projektionsbatch()));
            // a mail cannot be taken back: a redone batch would send again every mail before the one that failed
            for (String utskick : List.of("lex-sarah-paminnelser", "atgard-paminnelser", "synpunkt-paminnelser",
                    "synpunkt-kvittens")) {
                processing.registerTrackingEventProcessorConfiguration(utskick, c -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing().andBatchSize(1));
            }
        });
    }

    /** Every command is validated before it is handled. */
    @Bean
    KommandoInterceptorer kommandoInterceptorer(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(new BeanValidationInterceptor<>());
        return new KommandoInterceptorer();
    }

    /** Marks that the interceptors are registered; other beans need not know more. */
    static final class KommandoInterceptorer {
    }
}
