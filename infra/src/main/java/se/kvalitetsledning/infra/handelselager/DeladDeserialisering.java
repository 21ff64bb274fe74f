package se.kvalitetsledning.infra.handelselager;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;

/**
 * The store's event serializer, which deserializes an event read by many processors once for all of them: what
 * the {@link Lascache} gives every reader is the same {@link Delad} payload and metadata, which keeps what it became
 * if that cannot be changed ({@link Oforanderliga}). A payload holding a collection that can be changed is
 * deserialized for each reader, so that no handler can change what another sees. (In a rebuild every projection
 * reads every event; deserializing it for each was 7 % of the samples of a rebuild of the 1.5M-event history, and
 * sharing what cannot be changed brought that to 4.5 %.)
 */
final class DeladDeserialisering implements Serializer {

    private final Serializer serializer;
    private final Oforanderliga oforanderliga = new Oforanderliga();
    private final Map<SerializedType, Class<?>> klasser = new ConcurrentHashMap<>();

    DeladDeserialisering(Serializer serializer) {
        this.serializer = serializer;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S, T> T deserialize(SerializedObject<S> serialiserad) {
        if (!(serialiserad instanceof Delad delad)) {
            return serializer.deserialize(serialiserad);
        }
        Object kand = delad.deserialiserad();
        if (kand != null) {
            return (T) kand;
        }
        T objekt = serializer.deserialize(serialiserad);
        if (objekt != null && oforanderliga.ar(objekt)) {
            delad.behall(objekt);
        }
        return objekt;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object objekt, Class<T> representation) {
        return serializer.serialize(objekt, representation);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> representation) {
        return serializer.canSerializeTo(representation);
    }

    /**
     * The class of a type, looked up once: every processor asks it of every event it reads, and Jackson's serializer
     * answers with {@code Class.forName} each time (1 % of the samples of a rebuild). A type the serializer does not
     * know keeps its answer too; the classes cannot change while the application runs.
     */
    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType typ) {
        return klasser.computeIfAbsent(typ, serializer::classForType);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class typ) {
        return serializer.typeForClass(typ);
    }

    @Override
    public Converter getConverter() {
        return serializer.getConverter();
    }
}
