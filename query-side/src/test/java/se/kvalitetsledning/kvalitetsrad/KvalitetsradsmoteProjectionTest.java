package se.kvalitetsledning.kvalitetsrad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.test.EmbeddedMongo;
import se.kvalitetsledning.test.ProjectionHarness;

class KvalitetsradsmoteProjectionTest {

    private static final Anvandare KARIN = new Anvandare("karin", "Karin Lund");
    private static final Instant NU = Instant.parse("2026-04-08T12:00:00Z");
    private static final String UNDERLAG = "{\"manad\":\"2026-03\",\"avvikelser\":{\"antal\":{\"manad\":8}}}";

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private ProjectionHarness axon;

    @BeforeEach
    void nyProjektion() {
        axon = new ProjectionHarness(new KvalitetsradsmoteProjection(new KvalitetsradsmoteRepository(
                mongo.template())));
    }

    @Test
    void mototsForloppOchEnHandelseSomLevererasIgen() {
        var id = KvalitetsradsmoteId.nytt();
        var beslut = new BeslutId(UUID.randomUUID());
        publicera(id, 0, new KvalitetsradsmotePlanerat(id, LocalDate.of(2026, 4, 8), YearMonth.of(2026, 3),
                new Motesomfattning("HELA", null, "Hela organisationen"), List.of("Karin Lund"), KARIN, NU));
        publicera(id, 1, new MotesunderlagFryst(id, UNDERLAG, NU, 42, KARIN, NU));
        publicera(id, 2, new PunktAntecknad(id, 2, "Synpunkter", "Få klagomål", KARIN, NU));
        publicera(id, 3, new PunktAntecknad(id, 1, "Avvikelser", "Fler fall", KARIN, NU));
        publicera(id, 4, new PunktAntecknad(id, 1, "Avvikelser", "Fler fall nattetid", KARIN, NU));
        publicera(id, 5, new BeslutFattat(id, beslut, "Ta fram rutin", beslut.atgard(), KARIN, NU));
        publicera(id, 6, new ProtokollJusterat(id, KARIN, NU));
        publicera(id, 2, new PunktAntecknad(id, 2, "Synpunkter", "Få klagomål", KARIN, NU));
        publicera(id, 5, new BeslutFattat(id, beslut, "Ta fram rutin", beslut.atgard(), KARIN, NU));

        var mote = axon.query(new HamtaKvalitetsradsmote(id), KvalitetsradsmoteDetaljer.class);
        assertThat(mote.version()).isEqualTo(6);
        assertThat(mote.underlag().innehall()).isEqualTo(UNDERLAG);
        assertThat(mote.underlag().handelseposition()).isEqualTo(42);
        assertThat(mote.punkter()).extracting(KvalitetsradsmoteDetaljer.Punkt::nummer,
                KvalitetsradsmoteDetaljer.Punkt::anteckning, KvalitetsradsmoteDetaljer.Punkt::revisioner)
                .containsExactly(tuple(1, "Fler fall nattetid", 2),
                        tuple(2, "Få klagomål", 1));
        assertThat(mote.beslut()).singleElement().satisfies(b -> {
            assertThat(b.id()).isEqualTo(beslut.toString());
            assertThat(b.atgard()).isEqualTo(beslut.atgard().toString());
        });
        assertThat(mote.justerat()).isTrue();

        var listan = axon.queryList(new ListaKvalitetsradsmoten(), KvalitetsradsmoteDetaljer.class);
        assertThat(listan).singleElement().satisfies(m -> {
            assertThat(m.underlag().innehall()).isNull();
            assertThat(m.underlag().handelseposition()).isEqualTo(42);
        });
    }

    private void publicera(KvalitetsradsmoteId id, long seq, Object handelse) {
        axon.publish("Kvalitetsradsmote", id, seq, handelse);
    }
}
