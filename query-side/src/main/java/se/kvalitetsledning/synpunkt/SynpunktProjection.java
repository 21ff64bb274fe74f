package se.kvalitetsledning.synpunkt;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.atgard.AtgardKoppladTillKalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.atgard.KoppladAtgardAvslutad;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.lexsarah.Frist.Fristlage;
import se.kvalitetsledning.synpunkt.SynpunktDetaljer.Eskalering;
import se.kvalitetsledning.synpunkt.SynpunktDetaljer.Kvittens;
import se.kvalitetsledning.synpunkt.SynpunktDetaljer.Svar;
import se.kvalitetsledning.synpunkt.SynpunktDetaljer.Utredning;
import se.kvalitetsledning.synpunkt.SynpunktDetaljer.Vidarebefordran;

/** Builds the synpunkter's lists, case pages, deadlines and counters from their events. */
@Component
@ProcessingGroup("synpunkter")
class SynpunktProjection {

    private final SynpunktRepository synpunkter;

    SynpunktProjection(SynpunktRepository synpunkter) {
        this.synpunkter = synpunkter;
    }

    @EventHandler
    void on(SynpunktInkommen e, @SequenceNumber long seq) {
        var d = new SynpunktDokument();
        d.id = e.id().toString();
        d.version = seq;
        d.referens = e.id().referens();
        d.typ = e.typ();
        d.kanal = e.kanal();
        d.enhet = e.enhet() == null ? SynpunktStatistik.UTAN_ENHET : e.enhet().value();
        d.status = SynpunktStatus.REGISTRERAD;
        d.oppen = true;
        d.manad = SvenskTid.manad(e.mottagen()).toString();
        d.mottagen = e.mottagen();
        d.registrerad = e.registrerad();
        d.registreradAv = e.registreradAv();
        d.vadHande = e.vadHande();
        d.onskemal = e.onskemal();
        d.kontakt = e.kontakt();
        d.anonym = e.kontakt() == null || !e.kontakt().kanBesvaras();
        d.handelse(e.registrerad(), e.registreradAv(), e.registreradAv() == null
                ? "Inkommen via e-tjänsten" : "Registrerad (" + e.kanal().benamning().toLowerCase() + ")", null);
        synpunkter.ny(d);
    }

    @EventHandler
    void on(SynpunktensFristSatt e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> d.sattFrist(e.typ(), e.forfaller()));
    }

    @EventHandler
    void on(SynpunktensFristUppfylld e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> d.avgorFrist(e.typ(), Fristlage.UPPFYLLD, e.tid()));
    }

    @EventHandler
    void on(SynpunktensFristUpphavd e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> d.avgorFrist(e.typ(), Fristlage.UPPHAVD, e.tid()));
    }

    @EventHandler
    void on(SynpunktensFristOverskriden e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.overskridFrist(e.typ());
            d.handelse(e.tid(), null, "Fristen för " + e.typ().benamning().toLowerCase() + " passerad",
                    "Påminnelse skickad");
        });
    }

    @EventHandler
    void on(SynpunktKvitterad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.kvittens = new Kvittens(e.satt(), e.av(), e.tid());
            framat(d, SynpunktStatus.KVITTERAD);
            d.handelse(e.tid(), e.av(), "Kvittens skickad", e.satt());
        });
    }

    @EventHandler
    void on(SynpunktTilldelad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.enhet = e.enhet().value();
            d.handlaggare = e.handlaggare();
            framat(d, SynpunktStatus.TILLDELAD);
            d.handelse(e.tid(), e.av(), "Handläggare: " + e.handlaggare().namn(), null);
        });
    }

    @EventHandler
    void on(SynpunktUtredd e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.handelse(e.tid(), e.av(), d.utredning == null ? "Utredd" : "Utredningen ändrad",
                    e.kvalitetsomraden().stream().map(Kvalitetsomrade::benamning).sorted()
                            .collect(Collectors.joining(", ")));
            d.utredning = new Utredning(e.kategori() == null ? null : e.kategori().value(), e.kvalitetsomraden(),
                    e.orsaksomraden(), e.analys(), e.av(), e.tid());
            framat(d, SynpunktStatus.UTREDD);
        });
    }

    @EventHandler
    void on(SynpunktBesvarad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.svar = new Svar(e.svar(), e.satt(), e.skickat(), e.av(), e.tid());
            framat(d, SynpunktStatus.BESVARAD);
            d.handelse(e.tid(), e.av(), "Besvarad", e.satt());
        });
    }

    @EventHandler
    void on(SynpunktVidarebefordrad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.vidarebefordran = new Vidarebefordran(e.mottagare(), e.meddelandeTillAvsandaren(), e.av(), e.tid());
            d.status = SynpunktStatus.VIDAREBEFORDRAD;
            d.oppen = false;
            d.avslutad = e.tid();
            d.handelse(e.tid(), e.av(), "Vidarebefordrad", e.mottagare());
        });
    }

    @EventHandler
    void on(SynpunktAvslutad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.status = SynpunktStatus.AVSLUTAD;
            d.oppen = false;
            d.avslutad = e.tid();
            d.fortsatter(e.fortsattandeAtgarder(), e.fortsattandeSkal());
            d.handelse(e.tid(), e.av(), "Avslutad", e.fortsattandeAtgarder().isEmpty() ? null
                    : "Öppna åtgärder fortsätter självständigt");
        });
    }

    @EventHandler
    void on(SynpunktEskalerad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.eskaleringar.add(new Eskalering(e.mal(), e.arende(), e.av(), e.tid()));
            d.handelse(e.tid(), e.av(), "Eskalerad till " + e.mal().benamning().toLowerCase(), null);
        });
    }

    /** Links from the backlog arrive on every source's stream: only a synpunkt's are this projection's. */
    @EventHandler
    void on(AtgardKoppladTillKalla e, @SequenceNumber long seq) {
        if (e.kalla().typ() == Kalltyp.SYNPUNKT) {
            uppdatera(SynpunktId.av(e.kalla().id()), seq, d -> {
                d.kopplaAtgard(e.atgard(), e.titel());
                d.handelse(e.tid(), null, "Åtgärd kopplad", e.titel());
            });
        }
    }

    @EventHandler
    void on(KoppladAtgardAvslutad e, @SequenceNumber long seq) {
        if (e.kalla().typ() == Kalltyp.SYNPUNKT) {
            uppdatera(SynpunktId.av(e.kalla().id()), seq, d -> d.avslutaAtgard(e.atgard()));
        }
    }

    @ResetHandler
    void aterstall() {
        synpunkter.rensa();
    }

    @QueryHandler
    SynpunktDetaljer handle(HamtaSynpunkt fraga) {
        return synpunkter.hitta(fraga.id().toString()).map(SynpunktSvar::detaljer).orElse(null);
    }

    @QueryHandler
    List<SynpunktRad> handle(ListaSynpunkter fraga) {
        var rader = synpunkter.sok(fraga).stream().map(SynpunktSvar::rad);
        if (fraga.baraForsenade()) {
            rader = rader.filter(r -> r.forsenad(fraga.nu()));
        }
        if (fraga.baraOppna()) {
            // the most urgent first: by the next deadline, those without one last
            rader = rader.sorted(Comparator.comparing(
                    (SynpunktRad r) -> r.nastaFrist().map(SynpunktFrist::forfaller).orElse(Instant.MAX)));
        }
        return rader.toList();
    }

    @QueryHandler
    SynpunktStatistik handle(RaknaSynpunkter fraga) {
        return Synpunktrakning.statistik(
                synpunkter.rakningsrader(fraga.enheter(), fraga.utanEnhet(), fraga.fran(), fraga.till()));
    }

    @QueryHandler
    List<Typrakning> handle(RaknaSynpunkterPerTyp fraga) {
        return Synpunktrakning.perTyp(
                synpunkter.rakningsrader(fraga.enheter(), fraga.utanEnhet(), fraga.fran(), fraga.till()));
    }

    @QueryHandler
    List<PasseradSynpunktsfrist> handle(ListaPasseradeSynpunktsfrister fraga) {
        return synpunkter.paminnelserSenast(fraga.nu()).stream()
                .flatMap(d -> d.frister.stream()
                        .filter(f -> f.loper() && !f.overskriden() && !fraga.nu().isBefore(f.forfaller()))
                        .map(f -> new PasseradSynpunktsfrist(SynpunktId.av(d.id), f.typ())))
                .toList();
    }

    /** The aggregate's order of steps: a later step never moves the status back, an ended one never changes. */
    private static void framat(SynpunktDokument d, SynpunktStatus ny) {
        if (d.oppen && ny.ordinal() > d.status.ordinal()) {
            d.status = ny;
        }
    }

    private void uppdatera(SynpunktId id, long seq, Consumer<SynpunktDokument> andring) {
        synpunkter.andra(id.toString(), seq, andring);
    }
}
