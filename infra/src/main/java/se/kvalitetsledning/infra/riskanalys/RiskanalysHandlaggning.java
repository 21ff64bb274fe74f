package se.kvalitetsledning.infra.riskanalys;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Service;

import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.infra.api.ArendeSaknas;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.axon.Andringsutskick;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.riskanalys.Anledning;
import se.kvalitetsledning.riskanalys.AndraRisk;
import se.kvalitetsledning.riskanalys.AndraRiskanalys;
import se.kvalitetsledning.riskanalys.FaststallRiskanalys;
import se.kvalitetsledning.riskanalys.GranskaRisk;
import se.kvalitetsledning.riskanalys.LaggTillRisk;
import se.kvalitetsledning.riskanalys.RiskId;
import se.kvalitetsledning.riskanalys.RiskanalysId;
import se.kvalitetsledning.riskanalys.Riskanalysuppgifter;
import se.kvalitetsledning.riskanalys.Riskbedomning;
import se.kvalitetsledning.riskanalys.Riskuppgifter;
import se.kvalitetsledning.riskanalys.TaBortRisk;

/** The steps of a riskanalys after its start, each sent with the version its sender saw. */
@Service
public class RiskanalysHandlaggning {

    /** What a client sends about a risk; the source by its kind and id, checked before the command is sent. */
    public record Risk(String beskrivning, String orsak, Riskbedomning bedomning, String befintligaBarriarer,
                       String foreslagnaAtgarder, Riskbedomning kvarvarande, LocalDate granskningsdatum,
                       RiskanalysApiBegaran.Kallhanvisning kalla) {
    }

    private final Andringsutskick andringar;
    private final RiskanalysTjanst tjanst;
    private final Anvandarkatalog anvandarkatalog;
    private final Riskkallor kallor;

    RiskanalysHandlaggning(Andringsutskick andringar, RiskanalysTjanst tjanst, Anvandarkatalog anvandarkatalog,
                           Riskkallor kallor) {
        this.andringar = andringar;
        this.tjanst = tjanst;
        this.anvandarkatalog = anvandarkatalog;
        this.kallor = kallor;
    }

    /** The analysis's uppgifter from what a client sent: the enhet known, the team by user name. */
    public Riskanalysuppgifter uppgifter(Anledning anledning, String enhet, String process, Set<String> team,
                                         LocalDate datum) {
        if (enhet != null) {
            tjanst.kravEnhet(enhet);
        }
        if (datum != null && datum.isAfter(tjanst.idag().plusYears(1))) {
            throw new OgiltigIndata("datum", "Analysens datum får ligga högst ett år framåt");
        }
        Set<Anvandare> medlemmar = new LinkedHashSet<>();
        for (String namn : team == null ? Set.<String>of() : team) {
            medlemmar.add(anvandarkatalog.hitta(namn).orElseThrow(() -> new OgiltigIndata("team",
                    "Användaren " + namn + " finns inte")).anvandare());
        }
        return new Riskanalysuppgifter(anledning, enhet == null ? null : new EnhetId(enhet), process, medlemmar,
                datum);
    }

    public long andra(RiskanalysId id, long version, Aktor aktor, Riskanalysuppgifter uppgifter) {
        return skicka(id, version, aktor, (v, tid) -> new AndraRiskanalys(id, v, uppgifter, aktor, tid));
    }

    public long laggTillRisk(RiskanalysId id, RiskId risk, long version, Aktor aktor, Risk uppgifter) {
        tjanst.krav(aktor, id);
        Riskuppgifter ny = riskuppgifter(aktor, uppgifter);
        return skicka(id, version, aktor, (v, tid) -> new LaggTillRisk(id, v, risk, ny, aktor, tid));
    }

    public long andraRisk(RiskanalysId id, RiskId risk, long version, Aktor aktor, Risk uppgifter) {
        kravRisk(aktor, id, risk);
        Riskuppgifter ny = riskuppgifter(aktor, uppgifter);
        return skickaKravd(id, version, (v, tid) -> new AndraRisk(id, v, risk, ny, aktor, tid));
    }

    public long taBortRisk(RiskanalysId id, RiskId risk, long version, Aktor aktor) {
        kravRisk(aktor, id, risk);
        return skickaKravd(id, version, (v, tid) -> new TaBortRisk(id, v, risk, aktor, tid));
    }

    public long faststall(RiskanalysId id, long version, Aktor aktor) {
        return skicka(id, version, aktor, (v, tid) -> new FaststallRiskanalys(id, v, aktor, tid));
    }

    public long granska(RiskanalysId id, RiskId risk, long version, Aktor aktor, Riskbedomning bedomning,
                        String kommentar, LocalDate nastaGranskning, boolean hanterad) {
        kravRisk(aktor, id, risk);
        inomTioAr(nastaGranskning, "nastaGranskning");
        return skickaKravd(id, version, (v, tid) -> new GranskaRisk(id, v, risk, bedomning, kommentar,
                nastaGranskning, hanterad, aktor, tid));
    }

    private Riskuppgifter riskuppgifter(Aktor aktor, Risk risk) {
        inomTioAr(risk.granskningsdatum(), "granskningsdatum");
        Kalla kalla = risk.kalla() == null ? null
                : kallor.kontrollera(aktor, risk.kalla().typ(), risk.kalla().id(), "kalla.id");
        return new Riskuppgifter(risk.beskrivning(), risk.orsak(), risk.bedomning(), risk.befintligaBarriarer(),
                risk.foreslagnaAtgarder(), risk.kvarvarande(), risk.granskningsdatum(), kalla);
    }

    /** A risk the analysis does not have is answered like an analysis that does not exist: 404. */
    private void kravRisk(Aktor aktor, RiskanalysId id, RiskId risk) {
        if (tjanst.krav(aktor, id).risker().stream().noneMatch(r -> r.id().equals(risk.toString()))) {
            throw new ArendeSaknas("Risken " + risk + " finns inte i riskanalysen " + id);
        }
    }

    private void inomTioAr(LocalDate dag, String falt) {
        if (dag != null && dag.isAfter(tjanst.idag().plusYears(10))) {
            throw new OgiltigIndata(falt, "Granskningen får ligga högst tio år framåt");
        }
    }

    private long skicka(RiskanalysId id, long forvantadVersion, Aktor aktor, Andringsutskick.Kommando kommando) {
        // 404 or 403 before anything else, so that a refusal never tells more than reading would
        tjanst.krav(aktor, id);
        return skickaKravd(id, forvantadVersion, kommando);
    }

    /** For a step that has already read the analysis through {@code tjanst.krav} ({@link #kravRisk}). */
    private long skickaKravd(RiskanalysId id, long forvantadVersion, Andringsutskick.Kommando kommando) {
        return andringar.skicka(forvantadVersion, kommando, ny -> tjanst.vantaPaLasmodellen(id, ny));
    }
}
