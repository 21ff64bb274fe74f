package se.kvalitetsledning.indikator;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * One goal of one enhet and its monthly values. A value is never overwritten: entering a month again is a
 * correction, kept beside the first with who and when. A command that changes it answers with the version it made.
 */
@Aggregate(snapshotTriggerDefinition = "ogonblicksbildVarjeNHandelser", cache = "aggregatCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Indikator {

    @AggregateIdentifier
    private IndikatorId id;
    private EnhetId enhet;
    private Indikatorkalla kalla;
    private Riktning riktning;
    private YearMonth fran;
    private boolean avslutad;
    private Map<YearMonth, BigDecimal> varden = new HashMap<>();

    Indikator() {
        // for Axon
    }

    @CommandHandler
    Indikator(DefinieraIndikator kommando) {
        kontrolleraDefiniera(kommando.aktor(), kommando.enhet());
        apply(new IndikatorDefinierad(kommando.id(), kommando.enhet(), kommando.namn().strip(),
                kommando.enhetsbeteckning().strip(), kommando.kalla(),
                new Malvarde(kommando.mal(), kommando.gulMarginal(), kommando.riktning()), kommando.fran(),
                kommando.aktor().anvandare(), kommando.tid()));
    }

    @CommandHandler
    long handle(AndraIndikatorensMal kommando) {
        kontrolleraOppen();
        kontrolleraDefiniera(kommando.aktor(), enhet);
        if (kommando.fran().isBefore(fran)) {
            throw new RegelBrott("Målet kan inte ändras för månader innan indikatorn började följas");
        }
        apply(new IndikatorensMalAndrat(id, new Malvarde(kommando.mal(), kommando.gulMarginal(), riktning),
                kommando.fran(), kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    /** The same value entered again for a month records nothing. */
    @CommandHandler
    long handle(RegistreraIndikatorvarde kommando) {
        kontrolleraOppen();
        if (!IndikatorAtkomst.farRegistrera(kommando.aktor(), enhet)) {
            throw new BehorighetSaknas("Endast enhetens kvalitetssamordnare, ledning och handläggare registrerar"
                    + " indikatorns värden");
        }
        if (!kalla.manuell()) {
            throw new RegelBrott("Indikatorn beräknas ur systemets egna händelser och registreras inte för hand");
        }
        if (kommando.manad().isBefore(fran)) {
            throw new RegelBrott("Indikatorn följs från " + fran + ": månaden ligger före");
        }
        if (kommando.manad().isAfter(YearMonth.from(kommando.tid().atZone(SvenskTid.ZON)))) {
            throw new RegelBrott("Ett värde kan inte registreras för en månad som inte har börjat");
        }
        BigDecimal tidigare = varden.get(kommando.manad());
        if (tidigare == null || tidigare.compareTo(kommando.varde()) != 0) {
            apply(new IndikatorvardeRegistrerat(id, kommando.manad(), kommando.varde(),
                    utanBlankt(kommando.kommentar()), tidigare != null, kommando.aktor().anvandare(), kommando.tid()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AvslutaIndikator kommando) {
        kontrolleraOppen();
        kontrolleraDefiniera(kommando.aktor(), enhet);
        apply(new IndikatorAvslutad(id, kommando.skal().strip(), kommando.aktor().anvandare(), kommando.tid()));
        return AggregateLifecycle.getVersion();
    }

    private void kontrolleraOppen() {
        if (avslutad) {
            throw new RegelBrott("Indikatorn följs inte längre");
        }
    }

    private static void kontrolleraDefiniera(Aktor aktor, EnhetId enhet) {
        if (!IndikatorAtkomst.farDefiniera(aktor, enhet)) {
            throw new BehorighetSaknas("Endast admin och enhetens kvalitetssamordnare sätter enhetens mål");
        }
    }

    private static String utanBlankt(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(IndikatorDefinierad handelse) {
        id = handelse.id();
        enhet = handelse.enhet();
        kalla = handelse.kalla();
        riktning = handelse.malvarde().riktning();
        fran = handelse.fran();
    }

    @EventSourcingHandler
    void on(IndikatorvardeRegistrerat handelse) {
        varden.put(handelse.manad(), handelse.varde());
    }

    @EventSourcingHandler
    void on(IndikatorAvslutad handelse) {
        avslutad = true;
    }
}
