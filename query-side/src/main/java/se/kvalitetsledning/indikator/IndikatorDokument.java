package se.kvalitetsledning.indikator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.kvalitetsledning.gemensamt.Anvandare;

/** One indikator as the read side keeps it; months are stored as text ("2026-03"), which sorts as they do. */
@Document("indikatorer")
class IndikatorDokument {

    @Id
    String id;
    long version;
    @Indexed
    String enhet;
    String namn;
    String enhetsbeteckning;
    Indikatorkalla kalla;
    String fran;
    List<Malperiod> mal = new ArrayList<>();
    List<Varde> varden = new ArrayList<>();
    String avslutad;

    /** A target from a month on. */
    record Malperiod(String fran, Malvarde malvarde) {
    }

    /** A month's current value and the ones it corrected. */
    record Varde(String manad, BigDecimal varde, String kommentar, Anvandare av, Instant tid,
                 List<Indikatorvarde.Tidigare> tidigare) {
    }
}
