package se.kvalitetsledning.infra.demodata;

import java.math.BigDecimal;
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
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.indikator.DefinieraIndikator;
import se.kvalitetsledning.indikator.IndikatorId;
import se.kvalitetsledning.indikator.Indikatorkalla;
import se.kvalitetsledning.indikator.RegistreraIndikatorvarde;
import se.kvalitetsledning.indikator.Riktning;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * The goals one myndighetsutövande unit follows monthly (a Tyresö-style set) as an example for Myndighet LSS, each
 * followed from {@value #MANADER} months back with a value for every month before the current one, so the page shows
 * colours and trends. Each indikator's id follows from its key, so running again adds nothing.
 */
@Component
class Indikatorexempel {

    static final EnhetId ENHET = new EnhetId("myndighet-lss");
    static final int MANADER = 6;

    /** A goal and the range its demo values are drawn from. */
    private record Exempel(String nyckel, String namn, String beteckning, Riktning riktning, int mal, int gul,
                           int lagst, int hogst) {
    }

    private static final List<Exempel> EXEMPEL = List.of(
            new Exempel("arenden-vuxna", "Ärenden per handläggare, vuxna", "ärenden", Riktning.LAGRE_AR_BATTRE, 55,
                    5, 49, 63),
            new Exempel("arenden-barn", "Ärenden per handläggare, barn", "ärenden", Riktning.LAGRE_AR_BATTRE, 50, 5,
                    44, 58),
            new Exempel("utredningstid-vuxna", "Utredningstid, vuxna", "dagar", Riktning.LAGRE_AR_BATTRE, 90, 10, 74,
                    106),
            new Exempel("utredningstid-barn", "Utredningstid, barn", "dagar", Riktning.LAGRE_AR_BATTRE, 60, 10, 48,
                    76),
            new Exempel("uppfoljningar", "Uppföljningar per månad", "uppföljningar", Riktning.HOGRE_AR_BATTRE, 22, 3,
                    16, 28),
            new Exempel("domar", "Domar i linje med enhetens förslag", "%", Riktning.HOGRE_AR_BATTRE, 85, 5, 72,
                    98));

    private final CommandGateway commandGateway;

    Indikatorexempel(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Defines the goals not yet there and enters their months; returns the commands sent. */
    int genomfor(Random slump, Aktor kvalitetssamordnare, Aktor handlaggare, Instant nu) {
        YearMonth denna = SvenskTid.manad(nu);
        YearMonth fran = denna.minusMonths(MANADER);
        int kommandon = 0;
        for (Exempel exempel : EXEMPEL) {
            var id = id(exempel.nyckel());
            try {
                commandGateway.sendAndWait(new DefinieraIndikator(id, ENHET, exempel.namn(), exempel.beteckning(),
                        exempel.riktning(), BigDecimal.valueOf(exempel.mal()), BigDecimal.valueOf(exempel.gul()),
                        Indikatorkalla.MANUELL, fran, kvalitetssamordnare, nu));
            } catch (AggregateStreamCreationException redanDefinierad) {
                continue;
            }
            kommandon++;
            for (YearMonth manad = fran; manad.isBefore(denna); manad = manad.plusMonths(1)) {
                int varde = exempel.lagst() + slump.nextInt(exempel.hogst() - exempel.lagst() + 1);
                commandGateway.sendAndWait(new RegistreraIndikatorvarde(id, null, manad, BigDecimal.valueOf(varde),
                        null, handlaggare, nu));
                kommandon++;
            }
        }
        return kommandon;
    }

    static IndikatorId id(String nyckel) {
        return new IndikatorId(UUID.nameUUIDFromBytes(("indikator:" + ENHET + ":" + nyckel)
                .getBytes(StandardCharsets.UTF_8)));
    }
}
