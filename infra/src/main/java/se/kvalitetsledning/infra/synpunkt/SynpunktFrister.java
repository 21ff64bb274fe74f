package se.kvalitetsledning.infra.synpunkt;

import java.time.Instant;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.infra.frister.Bevakning;
import se.kvalitetsledning.synpunkt.ListaPasseradeSynpunktsfrister;
import se.kvalitetsledning.synpunkt.PaminnOmSynpunktsfrist;
import se.kvalitetsledning.synpunkt.PasseradSynpunktsfrist;

/** The synpunkter's running deadlines that have passed: each synpunkt records its own once. */
@Component
class SynpunktFrister implements Bevakning {

    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;

    SynpunktFrister(QueryGateway queryGateway, CommandGateway commandGateway) {
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
    }

    @Override
    public void bevaka(Instant nu) {
        List<PasseradSynpunktsfrist> passerade = queryGateway.query(new ListaPasseradeSynpunktsfrister(nu),
                ResponseTypes.multipleInstancesOf(PasseradSynpunktsfrist.class)).join();
        for (PasseradSynpunktsfrist frist : passerade) {
            commandGateway.sendAndWait(new PaminnOmSynpunktsfrist(frist.id(), frist.typ(), nu));
        }
    }
}
