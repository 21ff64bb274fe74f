package se.kvalitetsledning.projektion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.kvalitetsledning.test.EmbeddedMongo;

class TomningTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void enTomdLasmodellHarKvarSinaIndex() {
        mongo.template().save(new Dokument("a", "n1", 1));
        mongo.template().save(new Dokument("b", "n2", 2));

        Tomning.tom(mongo.template(), Dokument.class);

        assertThat(mongo.template().findAll(Dokument.class)).isEmpty();
        assertThat(mongo.template().indexOps(Dokument.class).getIndexInfo()).extracting(IndexInfo::getName)
                .contains("nyckel", "nyckel_tal");
        assertThat(mongo.template().indexOps(Dokument.class).getIndexInfo())
                .filteredOn(i -> i.getName().equals("nyckel")).allMatch(IndexInfo::isUnique);
    }

    @Test
    void enSamlingUtanIndexToms() {
        mongo.template().save(new Dokument("a", "n1", 1), "rader-test");

        Tomning.tom(mongo.template(), "rader-test");

        assertThat(mongo.template().findAll(Dokument.class, "rader-test")).isEmpty();
    }

    @Document("tomning-test")
    @CompoundIndex(name = "nyckel_tal", def = "{'nyckel': 1, 'tal': -1}")
    record Dokument(@Id String id, @Indexed(name = "nyckel", unique = true) String nyckel, int tal) {
    }
}
