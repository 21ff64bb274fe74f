package se.kvalitetsledning.infra.demodata;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Random;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.indikator.DefinieraIndikator;
import se.kvalitetsledning.indikator.IndikatorId;
import se.kvalitetsledning.indikator.Indikatorkalla;
import se.kvalitetsledning.indikator.RegistreraIndikatorvarde;
import se.kvalitetsledning.indikator.Riktning;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * An enhet's caseload goal (under 55 ärenden per handläggare, gul up to 60) followed month by month, the value
 * drifting around the target and now and then corrected. The indikator's id follows from the enhet's, so running
 * again adds no second one.
 */
@Component
class Indikatorforlopp {

    private final CommandGateway commandGateway;

    Indikatorforlopp(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Defines the goal from {@code fran} and enters every month up to the current one; returns the commands sent. */
    int genomfor(Random slump, EnhetId enhet, Aktor kvalitetssamordnare, Aktor handlaggare, YearMonth fran,
                 Instant nu) {
        var id = new IndikatorId(UUID.nameUUIDFromBytes(("indikator:arenden:" + enhet)
                .getBytes(StandardCharsets.UTF_8)));
        try {
            commandGateway.sendAndWait(new DefinieraIndikator(id, enhet, "Ärenden per handläggare", "ärenden",
                    Riktning.LAGRE_AR_BATTRE, new BigDecimal("55"), new BigDecimal("5"), Indikatorkalla.MANUELL,
                    fran, kvalitetssamordnare, nu));
        } catch (AggregateStreamCreationException redanDefinierad) {
            return 0;
        }
        int kommandon = 1;
        YearMonth denna = YearMonth.from(nu.atZone(SvenskTid.ZON));
        for (YearMonth manad = fran; !manad.isAfter(denna); manad = manad.plusMonths(1)) {
            int arenden = 48 + slump.nextInt(15);
            commandGateway.sendAndWait(new RegistreraIndikatorvarde(id, null, manad, BigDecimal.valueOf(arenden),
                    null, handlaggare, nu));
            kommandon++;
            if (slump.nextInt(10) == 0) {
                commandGateway.sendAndWait(new RegistreraIndikatorvarde(id, null, manad,
                        BigDecimal.valueOf(arenden - 2), "Rättat efter avstämning", kvalitetssamordnare, nu));
                kommandon++;
            }
        }
        return kommandon;
    }
}
