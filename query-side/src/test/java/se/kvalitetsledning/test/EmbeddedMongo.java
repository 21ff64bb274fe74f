package se.kvalitetsledning.test;

import java.net.InetSocketAddress;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * The in-memory MongoDB-wire server on a random port with a plain Spring Data {@link MongoTemplate} against it.
 * Index creation is on, so the documents' index declarations are sent to the server as the application would.
 * A JUnit extension: {@code @RegisterExtension static final EmbeddedMongo mongo = new EmbeddedMongo();} starts it
 * for the class, empties it before each test and stops it after the class.
 */
public final class EmbeddedMongo implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate template;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress adress = server.bind();
        client = MongoClients.create("mongodb://" + adress.getHostString() + ":" + adress.getPort());
        var factory = new SimpleMongoClientDatabaseFactory(client, "kvalitetsledning-test");
        var conversions = new MongoCustomConversions(List.of());
        var mappning = new MongoMappingContext();
        mappning.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        mappning.setAutoIndexCreation(true);
        mappning.afterPropertiesSet();
        var converter = new MappingMongoConverter(new DefaultDbRefResolver(factory), mappning);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        template = new MongoTemplate(factory, converter);
    }

    public MongoTemplate template() {
        return template;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        var db = template.getDb();
        for (String collection : db.listCollectionNames()) {
            db.getCollection(collection).deleteMany(new org.bson.Document());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        server.shutdownNow();
    }
}
