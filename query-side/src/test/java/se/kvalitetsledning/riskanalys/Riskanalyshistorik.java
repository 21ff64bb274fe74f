package se.kvalitetsledning.riskanalys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.test.ProjectionHarness;

/** Riskanalyser's events, numbered per analysis as the aggregate stores them, handed on one at a time. */
final class Riskanalyshistorik {

    static final Instant INLEDD = Instant.parse("2026-03-10T09:00:00Z");
    static final LocalDate DATUM = LocalDate.of(2026, 3, 10);
    static final Anvandare KARIN = new Anvandare("karin", "Karin Berg");
    static final Anvandare OLOF = new Anvandare("olof", "Olof Ek");

    private final Map<RiskanalysId, Long> sekvens = new HashMap<>();
    private final Consumer<DomainEventMessage<?>> mottagare;

    private Riskanalyshistorik(Consumer<DomainEventMessage<?>> mottagare) {
        this.mottagare = mottagare;
    }

    /** Delivers each event at once to the harness's projections. */
    static Riskanalyshistorik till(ProjectionHarness axon) {
        return new Riskanalyshistorik(m -> leverera(axon, m));
    }

    /** Hands each event to {@code mottagare}, e.g. to collect a batch. */
    static Riskanalyshistorik till(Consumer<DomainEventMessage<?>> mottagare) {
        return new Riskanalyshistorik(mottagare);
    }

    /** Delivers one event to the harness's projections as a tracking processor would. */
    static void leverera(ProjectionHarness axon, DomainEventMessage<?> m) {
        axon.publish(m.getType(), m.getAggregateIdentifier(), m.getSequenceNumber(), m.getPayload());
    }

    RiskanalysId inled(String enhet, Anledning anledning) {
        return inled(enhet, anledning, DATUM);
    }

    RiskanalysId inled(String enhet, Anledning anledning, LocalDate datum) {
        var id = RiskanalysId.nytt();
        publicera(id, new RiskanalysInledd(id, analysuppgifter(enhet, anledning, datum), KARIN, INLEDD));
        return id;
    }

    RiskId laggTill(RiskanalysId id, String beskrivning, int konsekvens, int sannolikhet, LocalDate granskas,
                    Kalla kalla) {
        return laggTill(id, uppgifter(beskrivning, konsekvens, sannolikhet, granskas, kalla), INLEDD);
    }

    RiskId laggTill(RiskanalysId id, Riskuppgifter uppgifter, Instant tid) {
        var risk = RiskId.nytt();
        publicera(id, new RiskTillagd(id, risk, uppgifter, OLOF, tid));
        return risk;
    }

    static Riskanalysuppgifter analysuppgifter(String enhet, Anledning anledning, LocalDate datum) {
        return new Riskanalysuppgifter(anledning, new EnhetId(enhet), "Nattbemanning", Set.of(OLOF), datum);
    }

    static Riskuppgifter uppgifter(String beskrivning, int konsekvens, int sannolikhet, LocalDate granskas,
                                   Kalla kalla) {
        return new Riskuppgifter(beskrivning, "Stress", new Riskbedomning(konsekvens, sannolikhet), "Halkmatta",
                "Utbildning", new Riskbedomning(konsekvens, 1), granskas, kalla);
    }

    /** The analysis's next event. */
    void publicera(RiskanalysId id, Object handelse) {
        aterleverera(id, sekvens.merge(id, 1L, Long::sum) - 1, handelse);
    }

    /** An event with the given sequence number, e.g. one delivered again. */
    void aterleverera(RiskanalysId id, long seq, Object handelse) {
        mottagare.accept(new GenericDomainEventMessage<>("Riskanalys", id.toString(), seq, handelse));
    }
}
