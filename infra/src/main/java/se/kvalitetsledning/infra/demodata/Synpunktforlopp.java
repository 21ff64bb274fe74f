package se.kvalitetsledning.infra.demodata;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.demodata.Avvikelseforlopp.Enhetsprofil;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.synpunkt.AvslutaSynpunkt;
import se.kvalitetsledning.synpunkt.BesvaraSynpunkt;
import se.kvalitetsledning.synpunkt.EskaleraSynpunkt;
import se.kvalitetsledning.synpunkt.Eskaleringsmal;
import se.kvalitetsledning.synpunkt.Kanal;
import se.kvalitetsledning.synpunkt.KvitteraSynpunkt;
import se.kvalitetsledning.synpunkt.Kontaktuppgifter;
import se.kvalitetsledning.synpunkt.PaminnOmSynpunktsfrist;
import se.kvalitetsledning.synpunkt.SynpunktFristtyp;
import se.kvalitetsledning.synpunkt.SynpunktId;
import se.kvalitetsledning.synpunkt.Synpunktsregler;
import se.kvalitetsledning.synpunkt.Synpunktstyp;
import se.kvalitetsledning.synpunkt.TaEmotSynpunkt;
import se.kvalitetsledning.synpunkt.TilldelaSynpunkt;
import se.kvalitetsledning.synpunkt.UtredSynpunkt;

/**
 * One synpunkt from receipt to closing, as far as its age allows: received through the e-tjänst or by phone,
 * acknowledged, given to the enhet's handler (who escalates one klagomål in eight into an avvikelse or a lex Sarah
 * rapport), investigated, answered (one in five late, after the reminder) and closed. The senders give a telephone
 * number, never an e-mail address, so the generated history mails no one. No command expects a version: the deadline
 * watch may record a passed deadline of the history between two of them.
 */
@Component
class Synpunktforlopp {

    private static final List<String> TEXTER = List.of(
            "Min mamma fick inte sin dusch på onsdagen och ingen hörde av sig.",
            "Personalen var stressad och svarade inte när jag ringde.",
            "Tack för ett fint bemötande vid midsommarfirandet!",
            "Det vore bra med fler aktiviteter på helgerna.",
            "Maten serverades kall flera dagar i rad.");
    private static final List<Synpunktstyp> TYPER = List.of(Synpunktstyp.KLAGOMAL, Synpunktstyp.KLAGOMAL,
            Synpunktstyp.BEROM, Synpunktstyp.FORSLAG, Synpunktstyp.KLAGOMAL);

    private final CommandGateway commandGateway;
    private final Synpunktsregler regler;

    Synpunktforlopp(CommandGateway commandGateway, Synpunktsregler regler) {
        this.commandGateway = commandGateway;
        this.regler = regler;
    }

    /** Receives one synpunkt at {@code mottagen} and handles it up to {@code nu}; returns the commands sent. */
    int genomfor(Random slump, Enhetsprofil enhet, Instant mottagen, Instant nu) {
        var id = new SynpunktId(new UUID(slump.nextLong(), slump.nextLong()));
        int text = slump.nextInt(TEXTER.size());
        boolean viaTelefon = slump.nextBoolean();
        boolean besvarbar = slump.nextInt(3) > 0;
        Aktor handlaggare = enhet.handlaggare();
        var kontakt = besvarbar
                ? new Kontaktuppgifter(null, null, "070-" + (1000000 + slump.nextInt(8999999)), null) : null;
        commandGateway.sendAndWait(new TaEmotSynpunkt(id, TYPER.get(text),
                viaTelefon ? Kanal.TELEFON : Kanal.E_TJANST, enhet.enhet(), mottagen, TEXTER.get(text), null, kontakt,
                viaTelefon ? handlaggare : null, mottagen));
        long dagar = Duration.between(mottagen, nu).toDays();
        if (dagar < 2) {
            return 1;
        }
        int kommandon = 1;
        if (besvarbar) {
            commandGateway.sendAndWait(new KvitteraSynpunkt(id, null, "Telefon", handlaggare,
                    mottagen.plus(Duration.ofDays(1))));
            kommandon++;
        }
        Instant tilldelad = mottagen.plus(Duration.ofDays(2));
        commandGateway.sendAndWait(new TilldelaSynpunkt(id, null, enhet.enhet(), handlaggare.anvandare(), handlaggare,
                tilldelad));
        if (TYPER.get(text) == Synpunktstyp.KLAGOMAL && slump.nextInt(8) == 0) {
            Eskaleringsmal mal = slump.nextBoolean() ? Eskaleringsmal.AVVIKELSE : Eskaleringsmal.LEX_SARAH;
            commandGateway.sendAndWait(new EskaleraSynpunkt(id, null, mal, null, handlaggare, tilldelad));
            kommandon++;
        }
        if (dagar < 10) {
            return kommandon + 1;
        }
        String kategori = enhet.kategorier().get(slump.nextInt(enhet.kategorier().size()));
        Kvalitetsomrade omrade = Kvalitetsomrade.values()[slump.nextInt(Kvalitetsomrade.values().length)];
        commandGateway.sendAndWait(new UtredSynpunkt(id, null, new KategoriId(kategori), Set.of(omrade),
                Set.of(Orsaksomrade.KOMMUNIKATION_INFORMATION), "Synpunkten gicks igenom med personalgruppen.",
                handlaggare, mottagen.plus(Duration.ofDays(7))));
        kommandon += 2;
        if (besvarbar) {
            Instant besvarad = mottagen.plus(Duration.ofDays(9));
            if (slump.nextInt(5) == 0) {
                // answered after the deadline, which the watch had recorded
                Instant forfallen = regler.forfaller(SynpunktFristtyp.SVAR, mottagen);
                commandGateway.sendAndWait(new PaminnOmSynpunktsfrist(id, SynpunktFristtyp.SVAR, forfallen));
                besvarad = forfallen.plus(Duration.ofDays(3));
                kommandon++;
            }
            if (besvarad.isAfter(nu)) {
                return kommandon;
            }
            commandGateway.sendAndWait(new BesvaraSynpunkt(id, null,
                    "Tack för att du hörde av dig. Vi har gått igenom det du beskrev.",
                    "Telefon", besvarad.atZone(SvenskTid.ZON).toLocalDate(), handlaggare, besvarad));
            kommandon++;
        }
        if (dagar < 25) {
            return kommandon;
        }
        commandGateway.sendAndWait(new AvslutaSynpunkt(id, null, null, handlaggare,
                mottagen.plus(Duration.ofDays(24))));
        return kommandon + 1;
    }
}
