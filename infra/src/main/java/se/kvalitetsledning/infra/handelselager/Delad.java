package se.kvalitetsledning.infra.handelselager;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;

/**
 * The serialized payload or metadata of a {@link Lasthandelse}: the same object for every processor that reads the
 * event, which keeps what {@link DeladDeserialisering} made of it for the next reader.
 */
final class Delad implements SerializedObject<String> {

    private final SerializedObject<String> serialiserad;
    private volatile Object deserialiserad;

    Delad(SerializedObject<String> serialiserad) {
        this.serialiserad = serialiserad;
    }

    /** What it was deserialized to, if that was kept; null before. */
    Object deserialiserad() {
        return deserialiserad;
    }

    void behall(Object objekt) {
        deserialiserad = objekt;
    }

    @Override
    public Class<String> getContentType() {
        return serialiserad.getContentType();
    }

    @Override
    public SerializedType getType() {
        return serialiserad.getType();
    }

    @Override
    public String getData() {
        return serialiserad.getData();
    }
}
