package se.kvalitetsledning.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;

import se.kvalitetsledning.projektion.Batchbuffert;

/** A read model's own form against Spring's mapping of the same class: both write and read a document alike. */
public final class SpringsForm {

    private SpringsForm() {
    }

    /**
     * The form writes what Spring writes (without Spring's type hint), reads what Spring wrote as Spring reads it,
     * and Spring reads what the form wrote as that.
     */
    public static <D> void sammaSomSpring(Batchbuffert.Form<D> form, D dokument, MongoConverter spring,
                                          Class<D> typ) {
        var springsDokument = new Document();
        spring.write(dokument, springsDokument);
        springsDokument.remove("_class");
        D springLaser = spring.read(typ, springsDokument);

        assertThat(form.till(dokument)).isEqualTo(springsDokument);
        assertThat(form.fran(springsDokument)).usingRecursiveComparison().isEqualTo(springLaser);
        assertThat(spring.read(typ, form.till(dokument))).usingRecursiveComparison().isEqualTo(springLaser);
    }
}
