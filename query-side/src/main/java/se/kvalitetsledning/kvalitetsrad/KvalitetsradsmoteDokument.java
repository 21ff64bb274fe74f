package se.kvalitetsledning.kvalitetsrad;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteDetaljer.Beslut;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteDetaljer.Justering;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteDetaljer.Punkt;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteDetaljer.Underlag;

/** One meeting as of the event whose sequence number is {@code version}; the frozen summary kept as its JSON. */
@Document("kvalitetsradsmoten")
class KvalitetsradsmoteDokument {

    @Id
    String id;
    long version;
    LocalDate datum;
    String manad;
    Motesomfattning omfattning;
    List<String> deltagare = new ArrayList<>();
    Underlag underlag;
    List<Punkt> punkter = new ArrayList<>();
    List<Beslut> beslut = new ArrayList<>();
    Justering justering;
    Anvandare planeradAv;
    Instant planerad;
}
