package se.kvalitetsledning.infra.handelselager;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/** An aggregate's latest snapshot, one document per aggregate keyed by its identifier. */
final class Ogonblicksbild {

    private static final String TYP = "typ";
    private static final String SEKVENS = "sekvens";
    private static final String HANDELSE_ID = "handelseId";
    private static final String TID = "tid";
    private static final String PAYLOAD_TYP = "payloadTyp";
    private static final String REVISION = "revision";
    private static final String PAYLOAD = "payload";
    private static final String METADATA = "metadata";

    private Ogonblicksbild() {
    }

    static Document av(DomainEventMessage<?> bild, Serializer serializer) {
        SerializedObject<String> payload = bild.serializePayload(serializer, String.class);
        SerializedObject<String> metadata = bild.serializeMetaData(serializer, String.class);
        return new Document(Handelsdokument.ID, bild.getAggregateIdentifier())
                .append(TYP, bild.getType())
                .append(SEKVENS, bild.getSequenceNumber())
                .append(HANDELSE_ID, bild.getIdentifier())
                .append(TID, bild.getTimestamp().toString())
                .append(PAYLOAD_TYP, payload.getType().getName())
                .append(REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData())
                .append(METADATA, metadata.getData());
    }

    static DomainEventData<String> data(Document bild) {
        return new GenericDomainEventEntry<>(bild.getString(TYP), bild.getString(Handelsdokument.ID),
                bild.getLong(SEKVENS), bild.getString(HANDELSE_ID), bild.getString(TID), bild.getString(PAYLOAD_TYP),
                bild.getString(REVISION), bild.getString(PAYLOAD), bild.getString(METADATA));
    }

    static long sekvens(Document bild) {
        return bild.getLong(SEKVENS);
    }
}
