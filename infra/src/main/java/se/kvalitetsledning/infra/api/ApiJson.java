package se.kvalitetsledning.infra.api;

import java.io.IOException;
import java.time.temporal.Temporal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * How request bodies are read: a field the endpoint does not know, a value of another JSON type (42 for a text,
 * "2" or 2.5 for a whole number, 1 for true, an enum's ordinal) and a null inside a list are refused, so the
 * problem names the field instead of the value being ignored, coerced or failing later. A date or time is only its
 * text: Jackson would also take {@code [2026,1,5]} for a date whatever its format says, and {@code []} as none.
 * Only the HTTP converter's own mapper is strict: the application's mapper, which may also read stored events, stays
 * lenient.
 */
@Configuration(proxyBeanMethods = false)
class ApiJson {

    @Bean
    MappingJackson2HttpMessageConverter jsonKonverterare(Jackson2ObjectMapperBuilder builder) {
        ObjectMapper mapper = builder.featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS).build();
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription typ,
                                                          JsonDeserializer<?> deserializer) {
                return Temporal.class.isAssignableFrom(typ.getBeanClass()) ? new TidSomText(deserializer)
                        : deserializer;
            }
        }));
        return new MappingJackson2HttpMessageConverter(mapper);
    }

    /** Refuses a list where a date or time is read; anything else goes to Jackson's own deserializer. */
    private static final class TidSomText extends DelegatingDeserializer {

        TidSomText(JsonDeserializer<?> tid) {
            super(tid);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> tid) {
            return new TidSomText(tid);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext kontext) throws IOException {
            if (parser.isExpectedStartArrayToken()) {
                return kontext.handleUnexpectedToken(handledType(), parser);
            }
            return super.deserialize(parser, kontext);
        }
    }
}
