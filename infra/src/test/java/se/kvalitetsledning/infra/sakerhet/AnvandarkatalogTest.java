package se.kvalitetsledning.infra.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.infra.mongo.LagringEgenskaper;

class AnvandarkatalogTest {

    private static final LagringEgenskaper INBYGGD = new LagringEgenskaper(null, null, Path.of("data"), false, null,
            null);
    private static final LagringEgenskaper MONGODB = new LagringEgenskaper("mongodb://db1/?replicaSet=rs0", null,
            null, false, null, null);

    private static final SakerhetsEgenskaper.Anvandarkonto DEMO = new SakerhetsEgenskaper.Anvandarkonto("anna",
            "Anna Andersson", "{noop}demo", Set.of(Roll.MEDARBETARE), Set.of("gruppbostad-eken"), null);
    private static final SakerhetsEgenskaper.Anvandarkonto RIKTIG = new SakerhetsEgenskaper.Anvandarkonto("eva",
            "Eva Ek", "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3BlbvpEMRaOXzs2hH6vJHHW",
            Set.of(Roll.HANDLAGGARE), Set.of("gruppbostad-eken"), "eva@example.se");

    @Test
    void demoanvandarnaLoggarInMedDenInbyggdaLagringen() {
        var katalog = new Anvandarkatalog(new SakerhetsEgenskaper(List.of(RIKTIG), List.of(DEMO), null), INBYGGD);
        assertThat(katalog.hitta("anna")).isPresent();
        assertThat(katalog.hitta("eva")).isPresent();
    }

    @Test
    void demoanvandarnaFinnsInteMotEnRiktigMongoDb() {
        var katalog = new Anvandarkatalog(new SakerhetsEgenskaper(List.of(RIKTIG), List.of(DEMO), null), MONGODB);
        assertThat(katalog.hitta("anna")).isEmpty();
        assertThat(katalog.hitta("eva")).isPresent();
    }

    @Test
    void klartextlosenordStopparStartenMotEnRiktigMongoDb() {
        var egenskaper = new SakerhetsEgenskaper(List.of(DEMO), List.of(), null);
        assertThatThrownBy(() -> new Anvandarkatalog(egenskaper, MONGODB))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("{noop}");
    }
}
