package se.kvalitetsledning.lexsarah;

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
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.lexsarah.Frist.Fristlage;
import se.kvalitetsledning.lexsarah.LexSarahDetaljer.Anmalan;
import se.kvalitetsledning.lexsarah.LexSarahDetaljer.Bedomning;
import se.kvalitetsledning.lexsarah.LexSarahDetaljer.Komplettering;

/**
 * Keeps each lex Sarah case as one document with its deadlines and timeline. An event at or below the stored
 * version has been handled already and is skipped, so a redelivery changes nothing. The timeline names what
 * happened, never the free text, which the case page shows in its own sections.
 */
@Component
@ProcessingGroup("lex-sarah")
class LexSarahProjection {

    private final LexSarahRepository arenden;

    LexSarahProjection(LexSarahRepository arenden) {
        this.arenden = arenden;
    }

    @EventHandler
    void on(MissforhallandeRapporterat e, @SequenceNumber long seq) {
        String id = e.id().toString();
        if (arenden.hitta(id).isPresent()) {
            return;
        }
        var d = new LexSarahDokument();
        d.id = id;
        d.version = seq;
        d.enhet = e.enhet().value();
        d.stadium = LexSarahStadium.MOTTAGEN;
        d.oppet = true;
        d.ar = e.mottagen().atZone(SvenskTid.ZON).getYear();
        d.intraffade = e.intraffade();
        d.mottagen = e.mottagen();
        d.registrerad = e.registrerad();
        d.rapportsatt = e.rapportsatt();
        d.rapportor = e.rapportor();
        d.rapportorNamn = e.rapportorNamn();
        d.registreradAv = e.registreradAv();
        d.franAvvikelse = e.franAvvikelse() == null ? null : e.franAvvikelse().toString();
        d.franSynpunkt = e.franSynpunkt() == null ? null : e.franSynpunkt().toString();
        d.beskrivning = e.beskrivning();
        d.brukarreferens = e.brukarreferens();
        d.handelsetyper = e.handelsetyper();
        d.barnBerort = e.barnBerort();
        d.handelse(e.registrerad(), e.registreradAv(), switch (e.rapportsatt()) {
            case SKRIFTLIG -> "Rapport mottagen";
            case MUNTLIG -> "Muntlig rapport från " + e.rapportorNamn() + " registrerad";
            case FRAN_AVVIKELSE -> "Avvikelse eskalerad till lex Sarah";
            case FRAN_SYNPUNKT -> "Synpunkt eskalerad till lex Sarah";
        }, null);
        arenden.spara(d);
    }

    @EventHandler
    void on(FristSatt e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> d.sattFrist(e.typ(), e.forfaller()));
    }

    @EventHandler
    void on(FristUppfylld e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> d.avgorFrist(e.typ(), Fristlage.UPPFYLLD, e.tid()));
    }

    @EventHandler
    void on(FristUpphavd e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> d.avgorFrist(e.typ(), Fristlage.UPPHAVD, e.tid()));
    }

    @EventHandler
    void on(FristOverskriden e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.overskridFrist(e.typ());
            d.handelse(e.tid(), null, "Fristen för " + e.typ().benamning().toLowerCase() + " passerad",
                    "Påminnelse skickad");
        });
    }

    @EventHandler
    void on(OmedelbaraAtgarderRegistrerade e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.omedelbaraAtgarder.add(new IvoAnmalan.OmedelbarAtgard(e.text(), e.av(), e.tid()));
            d.handelse(e.tid(), e.av(), "Omedelbara åtgärder registrerade", null);
        });
    }

    @EventHandler
    void on(OmedelbaraAtgarderEjBehovliga e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.omedelbaraAtgarderEjBehovligaSkal = e.skal();
            d.handelse(e.tid(), e.av(), "Omedelbara åtgärder bedömda som ej behövliga", null);
        });
    }

    @EventHandler
    void on(UtredareTilldelad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.utredare = e.utredare();
            if (d.stadium == LexSarahStadium.MOTTAGEN) {
                d.stadium = LexSarahStadium.UNDER_UTREDNING;
            }
            d.handelse(e.tid(), e.av(), "Utredare: " + e.utredare().namn(), null);
        });
    }

    @EventHandler
    void on(LexSarahUtredningDokumenterad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.utredning = e.utredning();
            d.handelsetyper = e.utredning().handelsetyper();
            d.barnBerort = e.utredning().barnBerort();
            if (d.stadium == LexSarahStadium.MOTTAGEN) {
                d.stadium = LexSarahStadium.UNDER_UTREDNING;
            }
            d.handelse(e.tid(), e.av(), "Utredning dokumenterad", e.utredning().handelsetyper().stream()
                    .map(Handelsetyp::benamning).sorted().collect(Collectors.joining(", ")));
        });
    }

    @EventHandler
    void on(LexSarahBedomd e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.handelse(e.tid(), e.av(), d.bedomningar.isEmpty() ? "Bedömd" : "Bedömningen ändrad",
                    e.niva().benamning());
            d.bedomningar.add(new Bedomning(e.niva(), e.motivering(), e.av(), e.tid()));
            d.stadium = LexSarahStadium.BEDOMD;
        });
    }

    @EventHandler
    void on(AnmalanTillIvoRegistrerad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.anmalan = new Anmalan(e.anmalan(), e.anmalan().skickad(), e.diarienummer(), e.av(), e.tid());
            d.handelse(e.tid(), e.av(), "Anmäld till IVO", e.diarienummer() == null ? null
                    : "Diarienummer " + e.diarienummer());
        });
    }

    @EventHandler
    void on(IvoDiarienummerRegistrerat e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.anmalan = new Anmalan(d.anmalan.innehall(), d.anmalan.skickad(), e.diarienummer(),
                    d.anmalan.registreradAv(), d.anmalan.registrerad());
            d.handelse(e.tid(), e.av(), "IVO:s diarienummer registrerat", e.diarienummer());
        });
    }

    @EventHandler
    void on(IvoAnmalanKompletterad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.kompletteringar.add(new Komplettering(e.text(), e.skickad(), e.av(), e.tid()));
            d.handelse(e.tid(), e.av(), "Anmälan till IVO kompletterad", null);
        });
    }

    @EventHandler
    void on(LexSarahAvslutad e, @SequenceNumber long seq) {
        uppdatera(e.id(), seq, d -> {
            d.stadium = LexSarahStadium.AVSLUTAD;
            d.oppet = false;
            d.avslutad = e.tid();
            d.fortsatter(e.fortsattandeAtgarder(), e.fortsattandeSkal());
            d.handelse(e.tid(), e.av(), "Avslutat", e.fortsattandeAtgarder().isEmpty() ? null
                    : "Öppna åtgärder fortsätter självständigt");
        });
    }

    /** Links from the backlog arrive on every source's stream: only a lex Sarah case's are this projection's. */
    @EventHandler
    void on(AtgardKoppladTillKalla e, @SequenceNumber long seq) {
        if (e.kalla().typ() == Kalltyp.LEX_SARAH) {
            uppdatera(LexSarahId.av(e.kalla().id()), seq, d -> {
                d.kopplaAtgard(e.atgard(), e.titel());
                d.handelse(e.tid(), null, "Åtgärd kopplad", e.titel());
            });
        }
    }

    @EventHandler
    void on(KoppladAtgardAvslutad e, @SequenceNumber long seq) {
        if (e.kalla().typ() == Kalltyp.LEX_SARAH) {
            uppdatera(LexSarahId.av(e.kalla().id()), seq, d -> d.avslutaAtgard(e.atgard()));
        }
    }

    @ResetHandler
    void aterstall() {
        arenden.rensa();
    }

    @QueryHandler
    LexSarahDetaljer handle(HamtaLexSarah fraga) {
        return arenden.hitta(fraga.id().toString()).map(LexSarahSvar::detaljer).orElse(null);
    }

    @QueryHandler
    List<LexSarahRad> handle(ListaLexSarah fraga) {
        var rader = arenden.sok(fraga).stream().map(LexSarahSvar::rad);
        if (fraga.baraOppna()) {
            // the most urgent first: by the next deadline, cases without one last
            rader = rader.sorted(Comparator.comparing(
                    (LexSarahRad r) -> r.nastaFrist().map(Frist::forfaller).orElse(Instant.MAX)));
        }
        return rader.toList();
    }

    @QueryHandler
    List<MinLexSarahRapport> handle(ListaMinaLexSarahRapporter fraga) {
        return arenden.rapporteradeAv(fraga.anvandarnamn()).stream().map(LexSarahSvar::minRapport).toList();
    }

    @QueryHandler
    List<PasseradFrist> handle(ListaPasseradeFrister fraga) {
        return arenden.paminnelserSenast(fraga.nu()).stream()
                .flatMap(d -> d.frister.stream()
                        .filter(f -> f.loper() && !f.overskriden() && !fraga.nu().isBefore(f.forfaller()))
                        .map(f -> new PasseradFrist(LexSarahId.av(d.id), f.typ())))
                .toList();
    }

    private void uppdatera(LexSarahId id, long seq, Consumer<LexSarahDokument> andring) {
        arenden.hitta(id.toString())
                .filter(d -> seq > d.version)
                .ifPresent(d -> {
                    andring.accept(d);
                    d.version = seq;
                    arenden.spara(d);
                });
    }
}
