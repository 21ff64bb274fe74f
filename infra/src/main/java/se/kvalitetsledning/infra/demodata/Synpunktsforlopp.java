package se.kvalitetsledning.infra.demodata;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.synpunkt.EskaleraSynpunkt;
import se.kvalitetsledning.synpunkt.Eskaleringsmal;
import se.kvalitetsledning.synpunkt.Kanal;
import se.kvalitetsledning.synpunkt.Kontaktuppgifter;
import se.kvalitetsledning.synpunkt.SynpunktId;
import se.kvalitetsledning.synpunkt.Synpunktstyp;
import se.kvalitetsledning.synpunkt.TaEmotSynpunkt;

/**
 * One generated synpunkt: received through the e-form, most with an address to answer, and one klagomål in four
 * escalated by the enhet's handler into an avvikelse or a lex Sarah rapport.
 */
@Component
class Synpunktsforlopp {

    private static final List<String> SYNPUNKTER = List.of(
            "Maten serverades kall flera dagar i rad.",
            "Personalen knackade inte innan de gick in i min pappas rum.",
            "Tack för ett fint bemötande vid inflyttningen!",
            "Besöket uteblev utan att någon hörde av sig.");

    private final CommandGateway commandGateway;

    Synpunktsforlopp(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Receives one synpunkt at {@code mottagen}, possibly escalated at once; returns the commands sent. */
    int genomfor(Random slump, EnhetId enhet, Aktor handlaggare, Instant mottagen) {
        var id = new SynpunktId(new UUID(slump.nextLong(), slump.nextLong()));
        int text = slump.nextInt(SYNPUNKTER.size());
        Kontaktuppgifter kontakt = slump.nextInt(3) == 0 ? null
                : new Kontaktuppgifter(null, "avsandare-" + slump.nextInt(1000) + "@example.se", null, null);
        commandGateway.sendAndWait(new TaEmotSynpunkt(id, text == 2 ? Synpunktstyp.BEROM : Synpunktstyp.KLAGOMAL,
                Kanal.E_TJANST, enhet, mottagen, SYNPUNKTER.get(text), null, kontakt, null, mottagen));
        if (text == 2 || slump.nextInt(4) != 0) {
            return 1;
        }
        Eskaleringsmal mal = slump.nextBoolean() ? Eskaleringsmal.AVVIKELSE : Eskaleringsmal.LEX_SARAH;
        commandGateway.sendAndWait(new EskaleraSynpunkt(id, null, mal, null, handlaggare, mottagen));
        return 2;
    }
}
