package se.kvalitetsledning.avvikelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.convert.MongoConverter;

import se.kvalitetsledning.atgard.KoppladAtgard;
import se.kvalitetsledning.avvikelse.AvvikelseDetaljer.Handelse;
import se.kvalitetsledning.avvikelse.AvvikelseDetaljer.Klassificering;
import se.kvalitetsledning.avvikelse.AvvikelseDetaljer.Utredning;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.Riskfarg;
import se.kvalitetsledning.test.EmbeddedMongo;
import se.kvalitetsledning.test.SpringsForm;

/** The projection's own form of an avvikelse is the one Spring's mapping writes and reads, whole or sparse. */
class AvvikelseFormTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Instant TID = Instant.parse("2025-03-10T09:15:30.123Z");

    private final AvvikelseForm form = new AvvikelseForm();
    private final MongoConverter spring = mongo.template().getConverter();

    @Test
    void ettFylltDokumentSkrivsOchLasesSomSpringsMappning() {
        var d = fyllt();
        sammaSomSpring(d);
        assertThat(form.fran(form.till(d))).usingRecursiveComparison().isEqualTo(d);
    }

    @Test
    void ettDokumentUtanValfriaVardenSkrivsOchLasesSomSpringsMappning() {
        var d = new AvvikelseDokument();
        d.id = "gles";
        d.version = 0;
        d.status = AvvikelseStatus.REGISTRERAD;
        d.historik = List.of();
        d.atgarder = null;
        sammaSomSpring(d);
    }

    private void sammaSomSpring(AvvikelseDokument d) {
        SpringsForm.sammaSomSpring(form, d, spring, AvvikelseDokument.class);
    }

    private static AvvikelseDokument fyllt() {
        var d = new AvvikelseDokument();
        d.id = "0b7c2f1e-6a51-4a8e-9d43-2f0e0c5b9a11";
        d.version = 7_000_000_000L;
        d.enhet = "eken";
        d.intraffade = TID;
        d.registrerad = TID.plusSeconds(60);
        d.plats = "Kök";
        d.beskrivning = "Kvällsmedicinen gavs inte i tid.";
        d.omedelbaraAtgarder = "Ringde sjuksköterskan";
        d.konsekvensForPerson = 2;
        d.foreslagenKategori = "lakemedel";
        d.brukarreferens = "ref-1";
        d.mojligtMissforhallande = true;
        d.missforhallandeBesked = "Eskalerad till lex Sarah";
        d.eskaleradTillLexSarah = true;
        d.franSynpunkt = "synpunkt-1";
        d.rapportor = new Anvandare("lisa", "Lisa Larsson");
        d.handlaggare = new Anvandare("anna", "Anna Andersson");
        d.status = AvvikelseStatus.AVSLUTAD;
        d.klassificering = new Klassificering("lakemedel", Set.of(Kvalitetsomrade.values()[0]), 3, 4, 12,
                Riskfarg.values()[1]);
        d.utredning = new Utredning(Set.of(Orsaksomrade.PROCEDURER_RUTINER_RIKTLINJER),
                Set.of(BakomliggandeOrsak.RUTIN_SAKNAS_ELLER_FOLJS_INTE), "Signeringslistan saknades.");
        d.beslutadeAtgarder = "Ny rutin";
        d.aterkoppling = "Tack";
        d.uteblivenAterkopplingSkal = "Slutat";
        d.historik = new ArrayList<>(List.of(new Handelse(TID, "Lisa Larsson", "Avvikelse registrerad", null),
                new Handelse(TID.plusSeconds(3600), null, "Åtgärd kopplad", "Ny rutin")));
        d.atgarder = new ArrayList<>(List.of(new KoppladAtgard("atgard-1", "Ny rutin", true, false),
                new KoppladAtgard("atgard-2", "Utbildning", false, true)));
        d.atgarderFortsatterSkal = "Fortsätter";
        d.kategori = "lakemedel";
        d.riskfarg = Riskfarg.values()[1];
        d.sokText = "kvällsmedicinen gavs inte i tid.\nkök";
        return d;
    }
}
