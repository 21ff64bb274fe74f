package se.kvalitetsledning.infra.demodata;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.riskanalys.Anledning;
import se.kvalitetsledning.riskanalys.FaststallRiskanalys;
import se.kvalitetsledning.riskanalys.GranskaRisk;
import se.kvalitetsledning.riskanalys.InledRiskanalys;
import se.kvalitetsledning.riskanalys.LaggTillRisk;
import se.kvalitetsledning.riskanalys.RiskId;
import se.kvalitetsledning.riskanalys.RiskanalysId;
import se.kvalitetsledning.riskanalys.Riskanalysuppgifter;
import se.kvalitetsledning.riskanalys.Riskbedomning;
import se.kvalitetsledning.riskanalys.Riskuppgifter;

/**
 * One riskanalys as far as its age allows: started by the enhet's handler with a medarbetare in the team, three
 * risks added, fastställd by ledning after two weeks, and its risks reviewed after two months (one in three then
 * handled). No command expects a version.
 */
@Component
class Riskanalysforlopp {

    private static final List<String> RISKER = List.of(
            "Fall i samband med förflyttning nattetid",
            "Läkemedel ges till fel person vid vikariat",
            "Genomförandeplanen följs inte upp",
            "Brukaren lämnas ensam när personal saknas",
            "Samtycke dokumenteras inte");
    private static final List<Anledning> ANLEDNINGAR = List.of(Anledning.LOPANDE, Anledning.INFOR_ANDRAD_BEMANNING,
            Anledning.INFOR_NYA_ARBETSSATT, Anledning.EFTER_AVVIKELSE);

    private final CommandGateway commandGateway;

    Riskanalysforlopp(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Starts one analysis at {@code inledd} and follows it up to {@code nu}; returns the commands sent. */
    int genomfor(Random slump, EnhetId enhet, LexSarahforlopp.Roller roller, Instant inledd, Instant nu) {
        var id = new RiskanalysId(new UUID(slump.nextLong(), slump.nextLong()));
        Aktor handlaggare = roller.utredare();
        commandGateway.sendAndWait(new InledRiskanalys(id, new Riskanalysuppgifter(
                ANLEDNINGAR.get(slump.nextInt(ANLEDNINGAR.size())), enhet, "Natt- och helgbemanning",
                Set.of(roller.rapportor().anvandare()), dag(inledd)), handlaggare, inledd));
        int kommandon = 1;
        List<RiskId> risker = List.of(risk(slump), risk(slump), risk(slump));
        for (RiskId risk : risker) {
            commandGateway.sendAndWait(new LaggTillRisk(id, null, risk, uppgifter(slump, inledd), handlaggare,
                    inledd));
            kommandon++;
        }
        Instant faststalld = inledd.plus(Duration.ofDays(14));
        if (faststalld.isAfter(nu)) {
            return kommandon;
        }
        commandGateway.sendAndWait(new FaststallRiskanalys(id, null, roller.ledning(), faststalld));
        kommandon++;
        Instant granskad = faststalld.plus(Duration.ofDays(60));
        if (granskad.isAfter(nu)) {
            return kommandon;
        }
        for (RiskId risk : risker) {
            boolean hanterad = slump.nextInt(3) == 0;
            commandGateway.sendAndWait(new GranskaRisk(id, null, risk, bedomning(slump), "Följts upp på APT",
                    hanterad ? null : dag(granskad).plusMonths(6), hanterad, handlaggare, granskad));
            kommandon++;
        }
        return kommandon;
    }

    private static RiskId risk(Random slump) {
        return new RiskId(new UUID(slump.nextLong(), slump.nextLong()));
    }

    private static Riskuppgifter uppgifter(Random slump, Instant inledd) {
        return new Riskuppgifter(RISKER.get(slump.nextInt(RISKER.size())), "Ensam personal och vikarier",
                bedomning(slump), "Larm och rutin", "Introduktion av vikarier", new Riskbedomning(1, 1),
                dag(inledd).plusMonths(3), null);
    }

    private static Riskbedomning bedomning(Random slump) {
        return new Riskbedomning(1 + slump.nextInt(4), 1 + slump.nextInt(4));
    }

    private static LocalDate dag(Instant tid) {
        return tid.atZone(SvenskTid.ZON).toLocalDate();
    }
}
