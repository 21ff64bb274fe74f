package se.kvalitetsledning.infra.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the store: the configured MongoDB, or the embedded server. Declaring the {@link MongoClient} here makes
 * Spring Boot's own MongoDB client configuration back off.
 */
@Configuration(proxyBeanMethods = false)
class MongoKonfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoKonfiguration.class);

    @Bean(destroyMethod = "close")
    InbyggdMongoServer inbyggdMongoServer(LagringEgenskaper egenskaper) {
        if (!egenskaper.inbyggd()) {
            return null;
        }
        InbyggdMongoServer server = egenskaper.iMinnet()
                ? InbyggdMongoServer.iMinnet()
                : InbyggdMongoServer.paFil(egenskaper.datakatalog());
        log.info("Lagring: inbyggd MongoDB-server {}, databas '{}'", server.beskrivning(), egenskaper.databas());
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(LagringEgenskaper egenskaper, ObjectProvider<InbyggdMongoServer> inbyggd) {
        InbyggdMongoServer server = inbyggd.getIfAvailable();
        ConnectionString anslutning = new ConnectionString(server != null ? server.anslutning() : egenskaper.mongodbUri());
        if (server == null) {
            log.info("Lagring: MongoDB på {}, databas '{}'", anslutning.getHosts(), egenskaper.databas());
        }
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(anslutning)
                // acknowledged means journaled on a majority of the replica set, unless configured otherwise
                .writeConcern(egenskaper.writeConcern())
                .build());
    }

    @Bean
    Hallbarhet hallbarhet(ObjectProvider<InbyggdMongoServer> inbyggd) {
        InbyggdMongoServer server = inbyggd.getIfAvailable();
        return server != null ? new GruppCommit(server) : () -> { };
    }
}
