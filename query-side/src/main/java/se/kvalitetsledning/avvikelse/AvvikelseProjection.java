package se.kvalitetsledning.avvikelse;

import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.atgard.AtgardKoppladTillKalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.atgard.KoppladAtgardAvslutad;
import se.kvalitetsledning.avvikelse.AvvikelseListindex.Listrad;
import se.kvalitetsledning.kategori.KategoriRegistrerad;

/**
 * Keeps each avvikelse as one document with its timeline. An event at or below the stored version has been
 * handled already (write and token are not atomic) and is skipped, so a redelivery changes nothing.
 */
@Component
@ProcessingGroup("avvikelse")
class AvvikelseProjection {

    private final AvvikelseRepository avvikelser;

    AvvikelseProjection(AvvikelseRepository avvikelser) {
        this.avvikelser = avvikelser;
    }

    /** The names the timeline uses, from this projection's own stream (see {@link KategorinamnDokument}). */
    @EventHandler
    void on(KategoriRegistrerad e) {
        avvikelser.sparaKategorinamn(e.id().value(), e.namn());
    }

    @EventHandler
    void on(AvvikelseRegistrerad e, @SequenceNumber long seq) {
        var id = e.id().value().toString();
        if (avvikelser.hitta(id).isEmpty()) {
            var d = AvvikelseDokument.registrerad(e, seq);
            d.handelse(e.registrerad(), e.rapportor(), e.franSynpunkt() == null ? "Avvikelse registrerad"
                    : "Synpunkt eskalerad till avvikelse",
                    e.mojligtMissforhallande() ? "Kan vara ett missförhållande (lex Sarah)" : null);
            avvikelser.ny(d);
        }
    }

    @EventHandler
    void on(AvvikelseTilldelad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.handlaggare = e.handlaggare();
            d.underHandlaggning();
            d.handelse(e.tid(), e.av(), "Tilldelad " + e.handlaggare().namn(), null);
        });
    }

    @EventHandler
    void on(AvvikelseKlassificerad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.klassificera(e.kategori().value(), e.kvalitetsomraden(), e.konsekvens(), e.sannolikhet());
            d.underHandlaggning();
            d.handelse(e.tid(), e.av(), "Klassificerad", AvvikelseSvar.beskriv(d.klassificering,
                    avvikelser.kategorinamn(e.kategori().value())));
        });
    }

    @EventHandler
    void on(UtredningDokumenterad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.utredning = new AvvikelseDetaljer.Utredning(e.orsaksomraden(), e.bakomliggandeOrsaker(), e.analys());
            d.underHandlaggning();
            d.handelse(e.tid(), e.av(), "Utredning dokumenterad", AvvikelseSvar.beskriv(e.orsaksomraden()));
        });
    }

    @EventHandler
    void on(AtgarderBeslutade e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.beslutadeAtgarder = e.beskrivning();
            d.underHandlaggning();
            d.handelse(e.tid(), e.av(), "Åtgärder beslutade", AvvikelseSvar.kort(e.beskrivning()));
        });
    }

    @EventHandler
    void on(AvvikelseEskaleradTillLexSarah e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.eskaleradTillLexSarah = true;
            d.missforhallandeBesked = e.kommentar() == null || e.kommentar().isBlank()
                    ? "Eskalerad till lex Sarah" : "Eskalerad till lex Sarah: " + e.kommentar();
            d.underHandlaggning();
            d.handelse(e.tid(), e.av(), "Eskalerad till lex Sarah", AvvikelseSvar.kort(e.kommentar()));
        });
    }

    @EventHandler
    void on(MissforhallandeAvskrivet e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.missforhallandeBesked = "Avskriven: " + e.skal();
            d.underHandlaggning();
            d.handelse(e.tid(), e.av(), "Misstanke om missförhållande avskriven", AvvikelseSvar.kort(e.skal()));
        });
    }

    @EventHandler
    void on(AterkopplingGiven e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.aterkoppling = e.text();
            d.underHandlaggning();
            d.handelse(e.tid(), e.av(), "Återkoppling given", AvvikelseSvar.kort(e.text()));
        });
    }

    @EventHandler
    void on(AterkopplingUtebliven e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.uteblivenAterkopplingSkal = e.skal();
            d.underHandlaggning();
            d.handelse(e.tid(), e.av(), "Återkoppling kan inte ges", AvvikelseSvar.kort(e.skal()));
        });
    }

    @EventHandler
    void on(AvvikelseAvslutad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.status = AvvikelseStatus.AVSLUTAD;
            d.fortsatter(e.fortsattandeAtgarder(), e.fortsattandeSkal());
            d.handelse(e.tid(), e.av(), "Avslutad", e.fortsattandeAtgarder().isEmpty() ? null
                    : "Öppna åtgärder fortsätter självständigt: " + AvvikelseSvar.kort(e.fortsattandeSkal()));
        });
    }

    /** Links from the backlog arrive on every source's stream: only an avvikelse's are this projection's. */
    @EventHandler
    void on(AtgardKoppladTillKalla e, @SequenceNumber long seq) {
        if (e.kalla().typ() != Kalltyp.AVVIKELSE) {
            return;
        }
        uppdatera(AvvikelseId.av(e.kalla().id()), seq, d -> {
            d.kopplaAtgard(e.atgard(), e.titel());
            d.handelse(e.tid(), null, "Åtgärd kopplad", e.titel());
        });
    }

    @EventHandler
    void on(KoppladAtgardAvslutad e, @SequenceNumber long seq) {
        if (e.kalla().typ() != Kalltyp.AVVIKELSE) {
            return;
        }
        uppdatera(AvvikelseId.av(e.kalla().id()), seq, d -> d.avslutaAtgard(e.atgard()));
    }

    @EventHandler
    void on(AvvikelseAteroppnad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.status = AvvikelseStatus.UNDER_HANDLAGGNING;
            d.handelse(e.tid(), e.av(), "Återöppnad", AvvikelseSvar.kort(e.skal()));
        });
    }

    @ResetHandler
    void aterstall() {
        avvikelser.rensa();
    }

    @QueryHandler
    AvvikelseDetaljer handle(HamtaAvvikelse fraga) {
        return avvikelser.hitta(fraga.id().value().toString()).map(AvvikelseSvar::detaljer).orElse(null);
    }

    @QueryHandler
    AvvikelseSida handle(ListaAvvikelser fraga) {
        int sida = Math.max(fraga.sida(), 0);
        int storlek = Math.max(fraga.storlek(), 1);
        var traffar = avvikelser.sok(fraga, sida, storlek);
        return new AvvikelseSida(traffar.avvikelser().stream().map(AvvikelseSvar::rad).toList(), traffar.totalt(),
                sida, storlek);
    }

    @QueryHandler
    MinaRapporterSida handle(ListaMinaRapporter fraga) {
        int storlek = Math.max(fraga.storlek(), 1);
        var traffar = avvikelser.rapporteradeAv(fraga.anvandarnamn(), Math.max(fraga.sida(), 0), storlek,
                fraga.sidanMed());
        return new MinaRapporterSida(traffar.avvikelser().stream().map(AvvikelseSvar::minRapport).toList(),
                traffar.totalt(), traffar.sida(), storlek);
    }

    private void uppdatera(AvvikelseId id, long seq, Consumer<AvvikelseDokument> andring) {
        avvikelser.hitta(id.value().toString())
                .filter(d -> seq > d.version)
                .ifPresent(d -> {
                    var fore = Listrad.av(d);
                    andring.accept(d);
                    d.version = seq;
                    avvikelser.andrad(d, fore);
                });
    }
}
