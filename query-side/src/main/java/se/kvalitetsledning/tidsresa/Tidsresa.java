package se.kvalitetsledning.tidsresa;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.kvalitetsledning.atgard.AtgardLasmodeller;
import se.kvalitetsledning.avvikelse.AvvikelseLasmodeller;
import se.kvalitetsledning.egenkontroll.EgenkontrollLasmodeller;
import se.kvalitetsledning.indikator.IndikatorLasmodeller;
import se.kvalitetsledning.kategori.KategoriLasmodeller;
import se.kvalitetsledning.lexsarah.LexSarahLasmodeller;
import se.kvalitetsledning.organisation.OrganisationLasmodeller;
import se.kvalitetsledning.riskanalys.RiskanalysLasmodeller;
import se.kvalitetsledning.synpunkt.SynpunktLasmodeller;

/**
 * Fresh projections on a database of their own that are fed events by hand, in the store's order, and answer their
 * queries on a query bus of their own: the read side as it stood when the last event fed to it was stored. The live
 * projections and the application's query bus are not touched.
 */
public final class Tidsresa {

    private final List<AnnotationEventHandlerAdapter> projektioner = new ArrayList<>();
    private final QueryGateway fragor;

    private Tidsresa(List<Object> projektioner) {
        SimpleQueryBus fragebuss = SimpleQueryBus.builder().build();
        for (Object projektion : projektioner) {
            this.projektioner.add(new AnnotationEventHandlerAdapter(projektion));
            new AnnotationQueryHandlerAdapter<>(projektion).subscribe(fragebuss);
        }
        fragor = DefaultQueryGateway.builder().queryBus(fragebuss).build();
    }

    /** Every read model the kvalitetsberättelse is generated from, empty, on the given (empty) database. */
    public static Tidsresa forKvalitetsberattelsen(MongoTemplate mongo) {
        return new Tidsresa(Stream.of(OrganisationLasmodeller.nya(mongo), KategoriLasmodeller.nya(mongo),
                        AvvikelseLasmodeller.nya(mongo), LexSarahLasmodeller.nya(mongo), SynpunktLasmodeller.nya(mongo),
                        AtgardLasmodeller.nya(mongo), EgenkontrollLasmodeller.nya(mongo),
                        RiskanalysLasmodeller.nya(mongo), IndikatorLasmodeller.nya(mongo))
                .flatMap(List::stream).toList());
    }

    /** Hands one event to every projection that handles it, as a tracking processor would. */
    public void spela(EventMessage<?> handelse) {
        spela(List.of(handelse));
    }

    /**
     * Hands the events, in order, to every projection that handles them, as one batch of a tracking processor: what
     * the projections change is written once, when the batch ends, not at every event.
     */
    public void spela(List<? extends EventMessage<?>> handelser) {
        if (handelser.isEmpty()) {
            return;
        }
        var resultat = new BatchingUnitOfWork<>(handelser).executeWithResult(() -> {
            EventMessage<?> handelse = (EventMessage<?>) CurrentUnitOfWork.get().getMessage();
            for (AnnotationEventHandlerAdapter projektion : projektioner) {
                if (projektion.canHandle(handelse)) {
                    try {
                        projektion.handle(handelse);
                    } catch (Exception e) {
                        throw new IllegalStateException("Tidsresan stannade vid händelse " + handelse.getIdentifier()
                                + " (" + handelse.getPayloadType().getSimpleName() + ")", e);
                    }
                }
            }
            return null;
        });
        if (resultat.isExceptional()) {
            throw resultat.exceptionResult() instanceof RuntimeException e ? e
                    : new IllegalStateException(resultat.exceptionResult());
        }
    }

    /** The rebuilt projections' queries, answered from what has been fed to them so far. */
    public QueryGateway fragor() {
        return fragor;
    }
}
