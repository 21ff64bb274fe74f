package se.kvalitetsledning.infra.mongo;

import java.util.concurrent.TimeUnit;

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
    private static final int INBYGGD_HJARTSLAG_MINUTER = 10;

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
        return MongoClients.create(installningar(anslutning, egenskaper, server != null));
    }

    static MongoClientSettings installningar(ConnectionString anslutning, LagringEgenskaper egenskaper,
                                             boolean inbyggd) {
        var installningar = MongoClientSettings.builder()
                .applyConnectionString(anslutning)
                // acknowledged means journaled on a majority of the replica set, unless configured otherwise
                .writeConcern(egenskaper.writeConcern());
        if (inbyggd) {
            // The embedded server answers the connections of one network thread in turn, and a command answers
            // only when it has read all it returns. A heartbeat behind a long command (a scan of 1.49M events
            // took 40 s) timed out after the default 10 s; the driver then took the server for gone and failed
            // every operation under way. In the same process it never is: the heartbeat waits as long as needed.
            installningar.applyToSocketSettings(s -> s.connectTimeout(INBYGGD_HJARTSLAG_MINUTER, TimeUnit.MINUTES));
        }
        return installningar.build();
    }

    @Bean
    Hallbarhet hallbarhet(ObjectProvider<InbyggdMongoServer> inbyggd) {
        InbyggdMongoServer server = inbyggd.getIfAvailable();
        return server != null ? new GruppCommit(server) : () -> { };
    }
}
