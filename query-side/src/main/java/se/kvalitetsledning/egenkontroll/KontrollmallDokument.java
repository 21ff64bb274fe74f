package se.kvalitetsledning.egenkontroll;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import se.kvalitetsledning.gemensamt.Anvandare;

/** One kontrollmall: its draft and published versions; {@code namn} is the latest published name, or the draft's. */
@Document("kontrollmallar")
class KontrollmallDokument {

    @Id
    String id;
    long version;
    String namn;
    Mallinnehall utkast;
    int utkastversion;
    boolean utkastAndrat;
    List<LagradMallversion> versioner = new ArrayList<>();
    Anvandare skapadAv;
    Instant skapad;
}
