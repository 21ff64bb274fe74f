package se.kvalitetsledning.testdata;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Writes and reads back as the application's Jackson serializer does (Spring Boot's mapper, nulls left out). */
public final class JsonRundtur {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private JsonRundtur() {
    }

    public static String json(Object varde) {
        try {
            return MAPPER.writeValueAsString(varde);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T rundtur(T varde) {
        try {
            @SuppressWarnings("unchecked")
            Class<T> typ = (Class<T>) varde.getClass();
            return MAPPER.readValue(json(varde), typ);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
