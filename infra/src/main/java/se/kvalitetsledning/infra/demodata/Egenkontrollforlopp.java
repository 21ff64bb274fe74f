package se.kvalitetsledning.infra.demodata;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.egenkontroll.BesvaraFraga;
import se.kvalitetsledning.egenkontroll.DraStickprov;
import se.kvalitetsledning.egenkontroll.EgenkontrollId;
import se.kvalitetsledning.egenkontroll.Fraga;
import se.kvalitetsledning.egenkontroll.FragaId;
import se.kvalitetsledning.egenkontroll.KontrollmallId;
import se.kvalitetsledning.egenkontroll.Mallinnehall;
import se.kvalitetsledning.egenkontroll.PaborjaEgenkontroll;
import se.kvalitetsledning.egenkontroll.PlaneraEgenkontroll;
import se.kvalitetsledning.egenkontroll.SlutforEgenkontroll;
import se.kvalitetsledning.egenkontroll.StallInEgenkontroll;
import se.kvalitetsledning.egenkontroll.Stickprovsdragning;
import se.kvalitetsledning.egenkontroll.Svar;
import se.kvalitetsledning.egenkontroll.Svarsalternativ;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.demodata.Avvikelseforlopp.Enhetsprofil;
import se.kvalitetsledning.infra.egenkontroll.Standardmallar;

/**
 * One egenkontroll with the seeded "Genomförandeplan, utförare" template, as far as its month allows: planned by the
 * enhet's handler, who is responsible; one in six cancelled; otherwise started on the month's first day, a sample of
 * 5–10 of 20–60 files drawn, every question that applies answered (mostly Ja) and, once the month is over, completed.
 * No command expects a version.
 */
@Component
class Egenkontrollforlopp {

    private static final KontrollmallId MALL = Standardmallar.id(Standardmallar.GENOMFORANDEPLAN);

    private final CommandGateway commandGateway;
    private final Mallinnehall mall = Standardmallar.innehall(Standardmallar.GENOMFORANDEPLAN);

    Egenkontrollforlopp(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Plans a check of the enhet for {@code manad} and performs it up to {@code nu}; returns the commands sent. */
    int genomfor(Random slump, Enhetsprofil enhet, YearMonth manad, Instant nu) {
        var id = new EgenkontrollId(new UUID(slump.nextLong(), slump.nextLong()));
        Aktor handlaggare = enhet.handlaggare();
        Instant borjan = manad.atDay(1).atStartOfDay(SvenskTid.ZON).toInstant();
        Instant planerad = borjan.isAfter(nu) ? nu : borjan;
        commandGateway.sendAndWait(new PlaneraEgenkontroll(id, MALL, enhet.enhet(), manad, handlaggare.anvandare(),
                handlaggare, planerad));
        if (!borjan.isBefore(nu)) {
            return 1;
        }
        if (slump.nextInt(6) == 0) {
            commandGateway.sendAndWait(new StallInEgenkontroll(id, null, "Personalbrist under månaden", handlaggare,
                    borjan));
            return 2;
        }
        commandGateway.sendAndWait(new PaborjaEgenkontroll(id, null, handlaggare, borjan));
        int population = 20 + slump.nextInt(41);
        int urval = 5 + slump.nextInt(6);
        long fro = slump.nextLong();
        commandGateway.sendAndWait(new DraStickprov(id, null, population, null, urval, fro, handlaggare, borjan));
        int kommandon = 3;
        Instant slut = manad.plusMonths(1).atDay(1).atStartOfDay(SvenskTid.ZON).toInstant();
        Instant svarad = slut.isAfter(nu) ? nu : borjan.plus(Duration.ofDays(10));
        // the aggregate draws with the same seed, so these are the sample's items
        for (String post : Stickprovsdragning.urNumrering(population, urval, fro).poster()) {
            kommandon += besvara(slump, id, post, handlaggare, svarad);
        }
        if (slut.isBefore(nu)) {
            commandGateway.sendAndWait(new SlutforEgenkontroll(id, null, handlaggare, svarad));
            kommandon++;
        }
        return kommandon;
    }

    /** Every question that applies to the item, in order: a condition on an earlier answer decides. */
    private int besvara(Random slump, EgenkontrollId id, String post, Aktor vem, Instant tid) {
        Map<FragaId, Svarsalternativ> givna = new HashMap<>();
        int kommandon = 0;
        for (Fraga fraga : mall.fragor()) {
            if (fraga.villkor() != null && givna.get(fraga.villkor().fraga()) != fraga.villkor().svar()) {
                continue;
            }
            Svar svar = switch (fraga.svarstyp()) {
                case JA_NEJ_EJ_AKTUELLT -> Svar.av(alternativ(slump));
                case TAL -> Svar.tal(BigDecimal.valueOf(30 + slump.nextInt(90)));
                case FRITEXT -> Svar.fritext("Granskad");
            };
            givna.put(fraga.id(), svar.alternativ());
            commandGateway.sendAndWait(new BesvaraFraga(id, null, post, fraga.id(), svar, vem, tid));
            kommandon++;
        }
        return kommandon;
    }

    private static Svarsalternativ alternativ(Random slump) {
        int tarning = slump.nextInt(20);
        return tarning < 16 ? Svarsalternativ.JA : tarning < 19 ? Svarsalternativ.NEJ : Svarsalternativ.EJ_AKTUELLT;
    }
}
