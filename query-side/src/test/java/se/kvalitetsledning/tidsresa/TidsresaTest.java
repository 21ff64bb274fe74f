package se.kvalitetsledning.tidsresa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.avvikelse.AvvikelseKlassificerad;
import se.kvalitetsledning.avvikelse.AvvikelseRakning;
import se.kvalitetsledning.avvikelse.AvvikelseRegistrerad;
import se.kvalitetsledning.avvikelse.Kategorirakning;
import se.kvalitetsledning.avvikelse.RaknaAvvikelserPerKategori;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.test.EmbeddedMongo;

class TidsresaTest {

    private static final Anvandare LISA = new Anvandare("lisa", "Lisa Larsson");
    private static final Instant MARS = Instant.parse("2025-03-10T09:00:00Z");
    private static final RaknaAvvikelserPerKategori AR_2025 = new RaknaAvvikelserPerKategori(Set.of("eken"),
            YearMonth.of(2025, 1), YearMonth.of(2025, 12));

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private Tidsresa tidsresa;

    @BeforeEach
    void nyTidsresa() {
        tidsresa = Tidsresa.forKvalitetsberattelsen(mongo.template());
    }

    @Test
    void svararMedDetDeHandelserSomHittillsSpelatsVisar() {
        var fall = AvvikelseId.nytt();
        var oklassad = AvvikelseId.nytt();
        spela(fall, 0, registrerad(fall, "fall"));
        spela(oklassad, 0, registrerad(oklassad, null));

        assertThat(perKategori()).containsExactlyInAnyOrder(new Kategorirakning("eken", "fall", 1),
                new Kategorirakning("eken", AvvikelseRakning.OKLASSIFICERAD, 1));

        spela(oklassad, 1, new AvvikelseKlassificerad(oklassad, new KategoriId("lakemedel"),
                Set.of(Kvalitetsomrade.TRYGGHET_OCH_SAKERHET), 2, 2, LISA, MARS.plusSeconds(3600)));

        assertThat(perKategori()).containsExactlyInAnyOrder(new Kategorirakning("eken", "fall", 1),
                new Kategorirakning("eken", "lakemedel", 1));
    }

    @Test
    void enBatchSvararSomDessHandelserEnOchEn() {
        var fall = AvvikelseId.nytt();
        var oklassad = AvvikelseId.nytt();

        tidsresa.spela(List.of(handelse(fall, 0, registrerad(fall, "fall")),
                handelse(oklassad, 0, registrerad(oklassad, null)),
                handelse(oklassad, 1, new AvvikelseKlassificerad(oklassad, new KategoriId("lakemedel"),
                        Set.of(Kvalitetsomrade.TRYGGHET_OCH_SAKERHET), 2, 2, LISA, MARS.plusSeconds(3600)))));

        assertThat(perKategori()).containsExactlyInAnyOrder(new Kategorirakning("eken", "fall", 1),
                new Kategorirakning("eken", "lakemedel", 1));
    }

    @Test
    void enBatchSomStannarSkriverIngenting() {
        var fall = AvvikelseId.nytt();
        var id = AvvikelseId.nytt();
        var trasig = handelse(id, 0,
                new AvvikelseRegistrerad(id, null, MARS, "Köket", "x", "y", 1, null, null, false, LISA, MARS, null));

        assertThatThrownBy(() -> tidsresa.spela(List.of(handelse(fall, 0, registrerad(fall, "fall")), trasig)))
                .hasMessageContaining(trasig.getIdentifier());
        assertThat(perKategori()).isEmpty();
    }

    @Test
    void enHandelseSomInteHanterasPaverkarIngenting() {
        spela(AvvikelseId.nytt(), 0, "en okänd händelse");

        assertThat(perKategori()).isEmpty();
    }

    @Test
    void ettFelNamnerHandelsen() {
        var id = AvvikelseId.nytt();
        var trasig = new GenericDomainEventMessage<>("Avvikelse", id.toString(), 0,
                new AvvikelseRegistrerad(id, null, MARS, "Köket", "x", "y", 1, null, null, false, LISA, MARS, null));

        assertThatThrownBy(() -> tidsresa.spela(trasig))
                .hasMessageContaining(trasig.getIdentifier()).hasMessageContaining("AvvikelseRegistrerad");
    }

    private void spela(AvvikelseId id, long sekvens, Object handelse) {
        tidsresa.spela(handelse(id, sekvens, handelse));
    }

    private static GenericDomainEventMessage<Object> handelse(AvvikelseId id, long sekvens, Object handelse) {
        return new GenericDomainEventMessage<>("Avvikelse", id.toString(), sekvens, handelse);
    }

    private List<Kategorirakning> perKategori() {
        return tidsresa.fragor().query(AR_2025, ResponseTypes.multipleInstancesOf(Kategorirakning.class)).join();
    }

    private static AvvikelseRegistrerad registrerad(AvvikelseId id, String kategori) {
        return new AvvikelseRegistrerad(id, new EnhetId("eken"), MARS.minusSeconds(3600), "Köket",
                "Kvällsmedicinen gavs inte i tid.", "Ringde sjuksköterskan", 2,
                kategori == null ? null : new KategoriId(kategori), "B-17", false, LISA, MARS, null);
    }
}
