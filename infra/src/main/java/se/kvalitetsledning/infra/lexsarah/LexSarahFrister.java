package se.kvalitetsledning.infra.lexsarah;

import java.time.Instant;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.infra.frister.Bevakning;
import se.kvalitetsledning.lexsarah.ListaPasseradeFrister;
import se.kvalitetsledning.lexsarah.PaminnOmFrist;
import se.kvalitetsledning.lexsarah.PasseradFrist;

/** The lex Sarah cases' running deadlines that have passed: each case records its own once. */
@Component
class LexSarahFrister implements Bevakning {

    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;

    LexSarahFrister(QueryGateway queryGateway, CommandGateway commandGateway) {
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
    }

    @Override
    public void bevaka(Instant nu) {
        List<PasseradFrist> passerade = queryGateway.query(new ListaPasseradeFrister(nu),
                ResponseTypes.multipleInstancesOf(PasseradFrist.class)).join();
        for (PasseradFrist frist : passerade) {
            commandGateway.sendAndWait(new PaminnOmFrist(frist.id(), frist.typ(), nu));
        }
    }
}
