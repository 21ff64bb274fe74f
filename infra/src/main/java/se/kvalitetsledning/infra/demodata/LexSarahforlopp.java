package se.kvalitetsledning.infra.demodata;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.avvikelse.BakomliggandeOrsak;
import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.lexsarah.AvslutaLexSarah;
import se.kvalitetsledning.lexsarah.BedomLexSarah;
import se.kvalitetsledning.lexsarah.Bedomningsniva;
import se.kvalitetsledning.lexsarah.DokumenteraLexSarahUtredning;
import se.kvalitetsledning.lexsarah.Fristtyp;
import se.kvalitetsledning.lexsarah.Handelsetyp;
import se.kvalitetsledning.lexsarah.Informationsstatus;
import se.kvalitetsledning.lexsarah.LexSarahId;
import se.kvalitetsledning.lexsarah.LexSarahUtredning;
import se.kvalitetsledning.lexsarah.PaminnOmFrist;
import se.kvalitetsledning.lexsarah.Polisanmalan;
import se.kvalitetsledning.lexsarah.RapporteraMissforhallande;
import se.kvalitetsledning.lexsarah.Rapportsatt;
import se.kvalitetsledning.lexsarah.RegistreraAnmalanTillIvo;
import se.kvalitetsledning.lexsarah.RegistreraOmedelbaraAtgarder;
import se.kvalitetsledning.lexsarah.TilldelaUtredare;
import se.kvalitetsledning.lexsarah.Verksamhetsuppgifter;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * One demo lex Sarah case: filed by a member of staff and taken as far as its age suggests, by the
 * kvalitetssamordnare, an utredare and ledning; the most serious ones are reported to IVO.
 */
@Component
class LexSarahforlopp {

    /** Who takes part: the reporter, the utredare, the kvalitetssamordnare and ledning. */
    record Roller(Aktor rapportor, Aktor utredare, Aktor kvalitetssamordnare, Aktor ledning) {
    }

    private static final List<String> RAPPORTER = List.of(
            "En brukare lämnades ensam i duschen längre än planerat och blev nedkyld.",
            "Personal talade nedlåtande till en brukare inför andra brukare.",
            "En brukares pengar saknades efter ett inköp som personal gjorde.",
            "Beslutad insats uteblev tre dagar i följd utan att någon informerades.",
            "En brukare hölls fast av personal utan att situationen krävde det.");

    private final CommandGateway commandGateway;

    LexSarahforlopp(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /**
     * Files one rapport received at {@code mottagen} and handles it up to {@code nu}; returns the commands sent.
     * {@code verksamhet} names the enhet in an anmälan to IVO.
     */
    int genomfor(Random slump, EnhetId enhet, Verksamhetsuppgifter verksamhet, Roller roller, Instant mottagen,
                 Instant nu) {
        var id = new LexSarahId(new UUID(slump.nextLong(), slump.nextLong()));
        int text = slump.nextInt(RAPPORTER.size());
        Handelsetyp typ = List.of(Handelsetyp.OMSORGSSVIKT, Handelsetyp.BEMOTANDE_INTEGRITET,
                Handelsetyp.EKONOMISKT_OVERGREPP, Handelsetyp.OMSORGSSVIKT, Handelsetyp.FYSISKT_OVERGREPP).get(text);
        commandGateway.sendAndWait(new RapporteraMissforhallande(id, enhet, mottagen.minus(Duration.ofHours(2)),
                mottagen, RAPPORTER.get(text),
                "B-" + (100 + slump.nextInt(40)), EnumSet.of(typ), false, null, Rapportsatt.SKRIFTLIG, null, null,
                roller.rapportor(), mottagen));
        long dagar = Duration.between(mottagen, nu).toDays();
        if (dagar < 1) {
            return 1;
        }
        Aktor ks = roller.kvalitetssamordnare();
        long v = 2;
        Instant atgarder = mottagen.plus(Duration.ofHours(3));
        if (slump.nextInt(4) == 0) {
            // measures recorded a day late, after the deadline watch had reminded of them
            atgarder = mottagen.plus(Duration.ofDays(1));
            commandGateway.sendAndWait(new PaminnOmFrist(id, Fristtyp.OMEDELBARA_ATGARDER, atgarder));
            v++;
        }
        v = skicka(new RegistreraOmedelbaraAtgarder(id, v, "Brukaren fick stöd och personalen byttes ut.", ks,
                atgarder));
        v = skicka(new TilldelaUtredare(id, v, roller.utredare().anvandare(), ks, mottagen.plus(Duration.ofHours(5))));
        if (dagar < 7) {
            return 3;
        }
        v = skicka(new DokumenteraLexSarahUtredning(id, v, new LexSarahUtredning(EnumSet.of(typ),
                "Händelsen bekräftades av två medarbetare.", EnumSet.of(Orsaksomrade.PROCEDURER_RUTINER_RIKTLINJER),
                Set.of(BakomliggandeOrsak.RUTIN_SAKNAS_ELLER_FOLJS_INTE), "Rutinen var inte känd av all personal.",
                "Rutinen gås igenom med all personal och följs upp vid egenkontroll.", Informationsstatus.JA,
                Informationsstatus.EJ_AKTUELLT, Informationsstatus.JA, true, Polisanmalan.BEHOVS_INTE, false, null),
                roller.utredare(), mottagen.plus(Duration.ofDays(5))));
        if (dagar < 10) {
            return 4;
        }
        Bedomningsniva niva = Bedomningsniva.values()[slump.nextInt(Bedomningsniva.values().length)];
        Instant bedomd = mottagen.plus(Duration.ofDays(8));
        v = skicka(new BedomLexSarah(id, v, niva, "Bedömningen bygger på utredningens slutsatser.", roller.ledning(),
                bedomd));
        int kommandon = 5;
        if (niva.kraverAnmalan()) {
            v = skicka(new RegistreraAnmalanTillIvo(id, v, verksamhet,
                    bedomd.plus(Duration.ofDays(2)).atZone(SvenskTid.ZON).toLocalDate(),
                    "3.5.1-" + (1000 + slump.nextInt(9000)) + "/" + bedomd.atZone(SvenskTid.ZON).getYear(),
                    roller.ledning(), bedomd.plus(Duration.ofDays(2))));
            kommandon++;
        }
        if (dagar < 20) {
            return kommandon;
        }
        skicka(new AvslutaLexSarah(id, v, null, ks, mottagen.plus(Duration.ofDays(15))));
        return kommandon + 1;
    }

    private long skicka(Object kommando) {
        return commandGateway.<Long>sendAndWait(kommando);
    }
}
