package se.kvalitetsledning.infra.handelselager;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * One event as one MongoDB document. {@code _id} is its global sequence number; {@code nyckel} (aggregate id and
 * sequence, unique) makes a conflicting append fail and lets an aggregate's events be read by {@code $in};
 * {@code commit} and {@code antal} say which numbers belong to the same commit, so that a commit is read whole or
 * not at all.
 */
final class Handelsdokument {

    static final String ID = "_id";
    static final String NYCKEL = "nyckel";
    static final String COMMIT = "commit";
    static final String ANTAL = "antal";
    static final String TID = "tid";
    private static final String AGGREGAT = "aggregat";
    private static final String TYP = "typ";
    private static final String SEKVENS = "sekvens";
    private static final String HANDELSE_ID = "handelseId";
    private static final String PAYLOAD_TYP = "payloadTyp";
    private static final String REVISION = "revision";
    private static final String PAYLOAD = "payload";
    private static final String METADATA = "metadata";

    private Handelsdokument() {
    }

    static String nyckel(String aggregat, long sekvens) {
        return aggregat + ":" + sekvens;
    }

    static Document av(EventMessage<?> handelse, long global, long commit, int antal, Serializer serializer) {
        SerializedObject<String> payload = handelse.serializePayload(serializer, String.class);
        SerializedObject<String> metadata = handelse.serializeMetaData(serializer, String.class);
        Document dokument = new Document(ID, global);
        if (handelse instanceof DomainEventMessage<?> domanhandelse && domanhandelse.getAggregateIdentifier() != null) {
            dokument.append(NYCKEL, nyckel(domanhandelse.getAggregateIdentifier(), domanhandelse.getSequenceNumber()))
                    .append(AGGREGAT, domanhandelse.getAggregateIdentifier())
                    .append(TYP, domanhandelse.getType())
                    .append(SEKVENS, domanhandelse.getSequenceNumber());
        } else {
            // an event outside any aggregate: its identifier is unique on its own
            dokument.append(NYCKEL, handelse.getIdentifier());
        }
        return dokument.append(HANDELSE_ID, handelse.getIdentifier())
                .append(TID, handelse.getTimestamp().toString())
                .append(PAYLOAD_TYP, payload.getType().getName())
                .append(REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData())
                .append(METADATA, metadata.getData())
                .append(COMMIT, commit)
                .append(ANTAL, antal);
    }

    static Lasthandelse last(Document dokument) {
        String aggregat = dokument.getString(AGGREGAT);
        return new Lasthandelse(global(dokument), dokument.getString(TYP), aggregat,
                aggregat == null ? 0L : dokument.getLong(SEKVENS), dokument.getString(HANDELSE_ID), tid(dokument),
                dokument.getString(PAYLOAD_TYP), dokument.getString(REVISION), dokument.getString(PAYLOAD),
                dokument.getString(METADATA));
    }

    static long global(Document dokument) {
        return dokument.getLong(ID);
    }

    static long commit(Document dokument) {
        return dokument.getLong(COMMIT);
    }

    static int antal(Document dokument) {
        return dokument.getInteger(ANTAL);
    }

    static Instant tid(Document dokument) {
        return Instant.parse(dokument.getString(TID));
    }

    static long sekvens(Document dokument) {
        return dokument.getLong(SEKVENS);
    }
}
