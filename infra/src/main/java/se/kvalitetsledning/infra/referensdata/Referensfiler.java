package se.kvalitetsledning.infra.referensdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/** The readable seed files under {@code referensdata/}: the organisation and the category catalogue. */
final class Referensfiler {

    record Organisation(List<Forvaltning> forvaltningar) {
    }

    record Forvaltning(String id, String namn, List<Verksamhetsomrade> verksamhetsomraden) {
    }

    record Verksamhetsomrade(String id, String namn, List<Enhet> enheter) {
    }

    record Enhet(String id, String namn) {
    }

    record Katalog(List<Kategori> kategorier) {
    }

    record Kategori(String id, String grupp, String namn, String exempel, Set<Kvalitetsomrade> kvalitetsomraden) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Referensfiler() {
    }

    static Organisation organisation() {
        return las("referensdata/organisation.yml", Organisation.class);
    }

    static Katalog kategorier() {
        return las("referensdata/kategorier.yml", Katalog.class);
    }

    private static <T> T las(String sokvag, Class<T> typ) {
        try (InputStream in = new ClassPathResource(sokvag).getInputStream()) {
            return YAML.readValue(in, typ);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan inte läsa " + sokvag, e);
        }
    }
}
