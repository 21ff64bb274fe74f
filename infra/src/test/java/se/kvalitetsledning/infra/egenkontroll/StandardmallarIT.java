package se.kvalitetsledning.infra.egenkontroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.KorandeApplikation;

/** The seed templates are published on the first start, with their conditions, and a restart adds nothing. */
class StandardmallarIT {

    @TempDir
    Path data;

    @Test
    void publiceradeVidForstaStartenOchIntePaNyttVidOmstart() {
        String aktgranskning = Standardmallar.id("aktgranskning-myndighet").toString();
        try (KorandeApplikation app = KorandeApplikation.paKatalog(data)) {
            ApiKlient karin = app.som("karin");
            assertThat(karin.get("/api/kontrollmallar").json()).hasSize(4)
                    .allSatisfy(m -> assertThat(m.get("senastPublicerad").asInt()).isEqualTo(1));
            JsonNode mall = karin.get("/api/kontrollmallar/" + aktgranskning).json();
            assertThat(mall.get("namn").asText()).isEqualTo("Aktgranskning, myndighet LSS/SoL");
            assertThat(mall.get("version").asLong()).isEqualTo(2);
            assertThat(mall.get("versioner").get(0).get("fragor").get(3).get("villkor").get("fraga").get("value")
                    .asText()).isEqualTo("samtycke-inhamtat");
        }
        try (KorandeApplikation app = KorandeApplikation.paKatalog(data)) {
            ApiKlient karin = app.som("karin");
            assertThat(karin.get("/api/kontrollmallar").json()).hasSize(4);
            assertThat(karin.get("/api/kontrollmallar/" + aktgranskning).json().get("version").asLong())
                    .isEqualTo(2);
        }
    }
}
