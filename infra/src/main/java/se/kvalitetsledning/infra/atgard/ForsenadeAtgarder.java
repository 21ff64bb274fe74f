package se.kvalitetsledning.infra.atgard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.ListaForsenadeAtgarder;
import se.kvalitetsledning.atgard.PaminnOmForsenadAtgard;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.frister.Bevakning;

/** Open åtgärder whose due date has passed: each records it once per due date. */
@Component
class ForsenadeAtgarder implements Bevakning {

    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;

    ForsenadeAtgarder(QueryGateway queryGateway, CommandGateway commandGateway) {
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
    }

    @Override
    public void bevaka(Instant nu) {
        List<AtgardId> forsenade = queryGateway.query(new ListaForsenadeAtgarder(LocalDate.ofInstant(nu,
                SvenskTid.ZON)), ResponseTypes.multipleInstancesOf(AtgardId.class)).join();
        for (AtgardId atgard : forsenade) {
            commandGateway.sendAndWait(new PaminnOmForsenadAtgard(atgard, nu));
        }
    }
}
