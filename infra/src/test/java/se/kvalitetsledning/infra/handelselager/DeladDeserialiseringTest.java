package se.kvalitetsledning.infra.handelselager;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class DeladDeserialiseringTest {

    record Varde(String text, Instant tid) {
    }

    record MedLista(List<String> texter) {
    }

    record MedOforanderligLista(List<String> texter) {
        MedOforanderligLista {
            texter = List.copyOf(texter);
        }
    }

    private final JacksonSerializer jackson = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();
    private final DeladDeserialisering serializer = new DeladDeserialisering(jackson);

    @Test
    void ettVardeOchMetadataDeserialiserasEnGangForAllaSomLaserHandelsen() {
        Varde varde = new Varde("text", Instant.parse("2026-11-29T10:00:00Z"));
        Lasthandelse handelse = handelse(varde, MetaData.with("korrelation", "k1"));

        Object forsta = serializer.deserialize(handelse.getPayload());
        Object andra = serializer.deserialize(handelse.getPayload());
        Object forstaMetadata = serializer.deserialize(handelse.getMetaData());

        assertThat(forsta).isEqualTo(varde);
        assertThat(andra).isSameAs(forsta);
        assertThat(forstaMetadata).isEqualTo(MetaData.with("korrelation", "k1"));
        assertThat((Object) serializer.deserialize(handelse.getMetaData())).isSameAs(forstaMetadata);
    }

    @Test
    void enPostMedEnSamlingDeserialiserasForVarjeLasare() {
        MedLista medLista = new MedLista(List.of("a", "b"));
        Lasthandelse handelse = handelse(medLista, MetaData.emptyInstance());

        Object forsta = serializer.deserialize(handelse.getPayload());
        Object andra = serializer.deserialize(handelse.getPayload());

        assertThat(forsta).isEqualTo(medLista);
        assertThat(andra).isEqualTo(medLista).isNotSameAs(forsta);
    }

    @Test
    void enPostSomKopierarSinSamlingTillEnOforanderligDelas() {
        MedOforanderligLista post = new MedOforanderligLista(List.of("a", "b"));
        Lasthandelse handelse = handelse(post, MetaData.emptyInstance());

        Object forsta = serializer.deserialize(handelse.getPayload());

        assertThat(forsta).isEqualTo(post);
        assertThat((Object) serializer.deserialize(handelse.getPayload())).isSameAs(forsta);
    }

    @Test
    void detSomInteLastsUrLagretDeserialiserasVarjeGang() {
        SerializedObject<String> serialiserad = jackson.serialize(new Varde("text", Instant.EPOCH), String.class);

        Object forsta = serializer.deserialize(serialiserad);

        assertThat((Object) serializer.deserialize(serialiserad)).isEqualTo(forsta).isNotSameAs(forsta);
    }

    @Test
    void enTypsKlassSlasUppEnGangOcksaEnOkand() {
        AtomicInteger fragor = new AtomicInteger();
        JacksonSerializer raknande = new JacksonSerializer(JacksonSerializer.builder()) {
            @Override
            @SuppressWarnings("rawtypes")
            public Class classForType(SerializedType typ) {
                fragor.incrementAndGet();
                return super.classForType(typ);
            }
        };
        DeladDeserialisering delad = new DeladDeserialisering(raknande);
        SerializedType varde = jackson.typeForClass(Varde.class);
        SerializedType okand = new SimpleSerializedType("se.kvalitetsledning.FinnsInte", null);

        for (int i = 0; i < 3; i++) {
            assertThat(delad.classForType(new SimpleSerializedType(varde.getName(), varde.getRevision())))
                    .isEqualTo(Varde.class);
            assertThat(delad.classForType(okand)).isEqualTo(UnknownSerializedType.class);
        }
        assertThat(fragor).hasValue(2);
    }

    private Lasthandelse handelse(Object payload, MetaData metadata) {
        SerializedObject<String> serialiserad = jackson.serialize(payload, String.class);
        return new Lasthandelse(1, "Aggregat", "a1", 0, "h1", Instant.EPOCH, serialiserad.getType().getName(),
                serialiserad.getType().getRevision(), serialiserad.getData(),
                jackson.serialize(metadata, String.class).getData());
    }
}
