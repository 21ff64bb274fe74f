package se.kvalitetsledning.sammanstallning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.lexsarah.Bedomningsniva;
import se.kvalitetsledning.test.EmbeddedMongo;
import se.kvalitetsledning.test.SpringsForm;

/** The flow's own form of a case is the one Spring's mapping writes and reads, whole, sparse or partly read. */
class ArendeflodeFormTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private final ArendeflodeForm form = new ArendeflodeForm();

    @Test
    void ettFylltArendeSkrivsOchLasesSomSpringsMappning() {
        var d = ArendeflodeDokument.inkommet(Arendeslag.LEX_SARAH, "0b7c2f1e", 9_000_000_000L, "eken",
                Instant.parse("2025-03-10T09:15:30.123Z"), Instant.parse("2025-03-10T10:00:00.456Z"));
        d.kategori = "lakemedel";
        d.typ = "klagomal";
        d.avslutat(Instant.parse("2025-04-02T08:00:00Z"));
        d.riskfarg = Riskfarg.values()[2];
        d.kvalitetsomraden = List.of("SAKERHET", "TRYGGHET");
        d.niva = Bedomningsniva.MISSFORHALLANDE;
        d.anmaldTillIvo = true;
        d.forsenad = true;

        SpringsForm.sammaSomSpring(form, d, mongo.template().getConverter(), ArendeflodeDokument.class);
        assertThat(form.fran(form.till(d))).usingRecursiveComparison().isEqualTo(d);
    }

    @Test
    void ettNyttArendeUtanValfriaVardenSkrivsOchLasesSomSpringsMappning() {
        var d = ArendeflodeDokument.inkommet(Arendeslag.SYNPUNKT, "1c", 0, "eken", Instant.EPOCH, Instant.EPOCH);

        SpringsForm.sammaSomSpring(form, d, mongo.template().getConverter(), ArendeflodeDokument.class);
    }

    @Test
    void ettDelvisLastArendeGerResten() {
        var d = form.fran(new Document("_id", "AVVIKELSE:1").append("slag", "AVVIKELSE").append("oppen", true));

        assertThat(d.slag).isEqualTo(Arendeslag.AVVIKELSE);
        assertThat(d.oppen).isTrue();
        assertThat(d.version).isZero();
        assertThat(d.handlingsdagar).isNull();
        assertThat(d.inkom).isNull();
    }
}
