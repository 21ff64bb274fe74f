package se.kvalitetsledning.infra.axon;

import com.mongodb.client.MongoClient;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kvalitetsledning.infra.mongo.Hallbarhet;
import se.kvalitetsledning.infra.mongo.LagringEgenskaper;

/**
 * Axon on MongoDB: event store, token store and saga store through the Axon MongoDB extension, serialized with
 * Jackson. {@link #eventStorageEngine} is the one place a later engine replaces.
 */
@Configuration(proxyBeanMethods = false)
class AxonKonfiguration {

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient mongoClient, LagringEgenskaper lagring) {
        return DefaultMongoTemplate.builder().mongoDatabase(mongoClient, lagring.databas()).build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Serializer serializer) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
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

    /**
     * A projection that fails on an event stops and retries it, instead of logging and skipping it: a skipped
     * event would leave the read model, and every report built on it, silently wrong.
     */
    @Bean
    ConfigurerModule projektionerHopparInteOverHandelser() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance()));
    }

    /** Every command is validated before it is handled, and durable before it is acknowledged. */
    @Bean
    KommandoInterceptorer kommandoInterceptorer(CommandBus commandBus, Hallbarhet hallbarhet) {
        commandBus.registerDispatchInterceptor(new BeanValidationInterceptor<>());
        commandBus.registerHandlerInterceptor(new HallbarhetsInterceptor(hallbarhet));
        return new KommandoInterceptorer();
    }

    /** Marks that the interceptors are registered; other beans need not know more. */
    static final class KommandoInterceptorer {
    }
}
