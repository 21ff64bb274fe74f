package se.kvalitetsledning.infra.handelselager;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Small events of the tests' own, not the application's: a {@link Notering} names its aggregate and sequence, so a
 * loaded event says where it came from.
 */
final class Provhandelser {

    static final String TYP = "Prov";
    static final Serializer SERIALIZER = JacksonSerializer.defaultSerializer();

    @Revision("1")
    record Notering(String text) {
    }

    /** Stored at revision 1 without {@code enhet}; the upcaster of the tests brings it to revision 2. */
    @Revision("2")
    record Matning(String varde, String enhet) {
    }

    @Revision("1")
    record Tillstand(String text) {
    }

    private Provhandelser() {
    }

    static String nyttAggregat(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static DomainEventMessage<Notering> notering(String aggregat, long sekvens) {
        return new GenericDomainEventMessage<>(TYP, aggregat, sekvens, new Notering(aggregat + ":" + sekvens));
    }

    static DomainEventMessage<Notering> notering(String aggregat, long sekvens, Instant tid) {
        return new GenericDomainEventMessage<>(TYP, aggregat, sekvens, new Notering(aggregat + ":" + sekvens),
                MetaData.emptyInstance(), UUID.randomUUID().toString(), tid);
    }

    /** Events of one aggregate, {@code antal} of them from sequence {@code fran}: one commit. */
    static List<DomainEventMessage<?>> noteringar(String aggregat, long fran, int antal) {
        return LongStream.range(fran, fran + antal)
                .<DomainEventMessage<?>>mapToObj(s -> notering(aggregat, s)).toList();
    }

    static List<DomainEventMessage<?>> noteringar(String aggregat, long fran, int antal, Instant tid) {
        return LongStream.range(fran, fran + antal)
                .<DomainEventMessage<?>>mapToObj(s -> notering(aggregat, s, tid)).toList();
    }

    /** An event outside any aggregate. */
    static EventMessage<Notering> fristaende(String text) {
        return new GenericEventMessage<>(new Notering(text));
    }

    static String text(EventMessage<?> handelse) {
        return ((Notering) handelse.getPayload()).text();
    }

    static List<String> texter(List<? extends EventMessage<?>> handelser) {
        return handelser.stream().map(Provhandelser::text).toList();
    }

    /** The engine with the tests' serializer; the test sets the rest. */
    static MongoHandelselager.Builder lager(MongoDatabase databas) {
        return MongoHandelselager.builder()
                .databas(databas)
                .eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER);
    }
}
