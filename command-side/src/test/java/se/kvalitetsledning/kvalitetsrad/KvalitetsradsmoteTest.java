package se.kvalitetsledning.kvalitetsrad;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.organisation.EnhetId;

class KvalitetsradsmoteTest {

    private static final KvalitetsradsmoteId ID = KvalitetsradsmoteId.av("2f6c1a4e-9b3d-4e7a-8c5f-1d2e3f4a5b6c");
    private static final BeslutId BESLUT = BeslutId.av("8a1b2c3d-4e5f-4a6b-9c7d-0e1f2a3b4c5d");
    private static final Instant NU = Instant.parse("2026-04-08T12:00:00Z");
    private static final Anvandare KARIN = new Anvandare("karin", "Karin Lund");
    private static final Motesomfattning HELA = new Motesomfattning("HELA", null, "Hela organisationen");

    private FixtureConfiguration<Kvalitetsradsmote> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Kvalitetsradsmote.class);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    private static Aktor karin() {
        return new Aktor(KARIN, Set.of(Roll.KVALITETSSAMORDNARE), Set.of());
    }

    private static Aktor handlaggare() {
        return new Aktor(new Anvandare("hanna", "Hanna Holm"), Set.of(Roll.HANDLAGGARE),
                Set.of(new EnhetId("gruppbostad-eken")));
    }

    private static KvalitetsradsmotePlanerat planerat() {
        return new KvalitetsradsmotePlanerat(ID, LocalDate.of(2026, 4, 8), YearMonth.of(2026, 3), HELA,
                List.of("Karin Lund", "Lars Nord"), KARIN, NU);
    }

    private static MotesunderlagFryst fryst() {
        return new MotesunderlagFryst(ID, "{\"manad\":\"2026-03\"}", NU, 42, KARIN, NU);
    }

    @Test
    void ettMotePlanerasMedDeltagarnaRensade() {
        fixture.givenNoPriorActivity()
                .when(new PlaneraKvalitetsradsmote(ID, LocalDate.of(2026, 4, 8), YearMonth.of(2026, 3), HELA,
                        List.of(" Karin Lund ", "Lars Nord", "Karin Lund"), karin(), NU))
                .expectEvents(planerat());
    }

    @Test
    void endastKvalitetssamordnareOchLedningHallerMoten() {
        fixture.givenNoPriorActivity()
                .when(new PlaneraKvalitetsradsmote(ID, LocalDate.of(2026, 4, 8), YearMonth.of(2026, 3), HELA,
                        List.of(), handlaggare(), NU))
                .expectException(BehorighetSaknas.class);
    }

    @Test
    void underlagetFrysEnGang() {
        fixture.given(planerat(), fryst())
                .when(new FrysMotesunderlag(ID, null, "{\"manad\":\"2026-03\",\"nytt\":true}", NU, 50, karin(), NU))
                .expectException(RegelBrott.class)
                .expectExceptionMessage("Underlaget är redan fryst: mötet behåller det rådet såg");
    }

    @Test
    void ettBeslutSomSkickasIgenRegistrerasEnGang() {
        AtgardId atgard = BESLUT.atgard();
        BeslutFattat fattat = new BeslutFattat(ID, BESLUT, "Ta fram rutin för nattbemanning", atgard, KARIN, NU);
        fixture.given(planerat(), fattat)
                .when(new FattaBeslut(ID, null, BESLUT, "Ta fram rutin för nattbemanning", atgard, karin(), NU))
                .expectNoEvents();
    }

    @Test
    void ettBeslutUtanAtgard() {
        fixture.given(planerat())
                .when(new FattaBeslut(ID, null, BESLUT, " Följ upp i maj ", null, karin(), NU))
                .expectEvents(new BeslutFattat(ID, BESLUT, "Följ upp i maj", null, KARIN, NU));
    }

    @Test
    void protokolletJusterasForstNarUnderlagetArFryst() {
        fixture.given(planerat())
                .when(new JusteraProtokoll(ID, null, karin(), NU))
                .expectException(RegelBrott.class);
    }

    @Test
    void ettJusteratProtokollAndrasInte() {
        fixture.given(planerat(), fryst(), new ProtokollJusterat(ID, KARIN, NU))
                .when(new AntecknaPunkt(ID, null, 1, "Avvikelser", "Ökning av fall", karin(), NU))
                .expectException(RegelBrott.class)
                .expectExceptionMessage("Protokollet är justerat och ändras inte");
    }

    @Test
    void enPunktAntecknasOchEnTomAnteckningArIngen() {
        fixture.given(planerat())
                .when(new AntecknaPunkt(ID, null, 2, " Synpunkter ", "  ", karin(), NU))
                .expectEvents(new PunktAntecknad(ID, 2, "Synpunkter", null, KARIN, NU));
    }

    @Test
    void enPunktMasteHaRubrik() {
        fixture.given(planerat())
                .when(new AntecknaPunkt(ID, null, 1, " ", "Text", karin(), NU))
                .expectException(JSR303ViolationException.class);
    }
}
