package se.kvalitetsledning.infra.demodata;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.kvalitetsrad.AntecknaPunkt;
import se.kvalitetsledning.kvalitetsrad.BeslutId;
import se.kvalitetsledning.kvalitetsrad.FattaBeslut;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteId;
import se.kvalitetsledning.kvalitetsrad.Motesomfattning;
import se.kvalitetsledning.kvalitetsrad.PlaneraKvalitetsradsmote;

/**
 * The kvalitetsråd's monthly meeting over the whole organisation: planned, two agenda points noted and a decision
 * without an åtgärd. The summary is not frozen, since it belongs to the moment the council meets; the meeting's id
 * follows from the month, so running again adds no second one.
 */
@Component
class Kvalitetsradsforlopp {

    private static final Motesomfattning HELA = new Motesomfattning("HELA", null, "Hela organisationen");
    private static final List<String> BESLUT = List.of("Följ upp månadens fall på nästa möte",
            "Påminn enheterna om återkoppling till den som rapporterat",
            "Bjud in en enhet med många synpunkter till nästa möte");

    private final CommandGateway commandGateway;

    Kvalitetsradsforlopp(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Holds the meeting about {@code manad}, early the month after; returns the commands sent. */
    int genomfor(Random slump, Aktor kvalitetssamordnare, YearMonth manad, Instant nu) {
        var id = new KvalitetsradsmoteId(uuid("kvalitetsradsmote:" + manad));
        try {
            commandGateway.sendAndWait(new PlaneraKvalitetsradsmote(id, manad.plusMonths(1).atDay(8), manad, HELA,
                    List.of(kvalitetssamordnare.anvandare().namn(), "Verksamhetschef", "MAS"), kvalitetssamordnare,
                    nu));
        } catch (AggregateStreamCreationException redanPlanerat) {
            return 0;
        }
        commandGateway.sendAndWait(new AntecknaPunkt(id, null, 1, "Avvikelser",
                "Månadens avvikelser gicks igenom per kategori och enhet.", kvalitetssamordnare, nu));
        commandGateway.sendAndWait(new AntecknaPunkt(id, null, 2, "Synpunkter och klagomål",
                "Inga synpunkter krävde särskild åtgärd.", kvalitetssamordnare, nu));
        commandGateway.sendAndWait(new FattaBeslut(id, null, new BeslutId(uuid("kvalitetsradsbeslut:" + manad)),
                BESLUT.get(slump.nextInt(BESLUT.size())), null, kvalitetssamordnare, nu));
        return 4;
    }

    private static UUID uuid(String namn) {
        return UUID.nameUUIDFromBytes(namn.getBytes(StandardCharsets.UTF_8));
    }
}
