package se.kvalitetsledning.egenkontroll;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer.Besvarat;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.projektion.Indexerade;

/**
 * One egenkontroll: its plan ({@code manad} "2026-03" and its year {@code ar}, which the plan and counters go by),
 * the version it uses, the sample, the latest answer per item and question, and the result once performed.
 */
@Document("egenkontroller")
@CompoundIndexes({
        @CompoundIndex(name = "enhet_manad", def = "{'enhet': 1, 'manad': 1}"),
        @CompoundIndex(name = "mall_enhet_genomford", def = "{'mall': 1, 'enhet': 1, 'genomford': -1}")
})
class EgenkontrollDokument extends Indexerade.Dokument {

    String mall;
    String enhet;
    String manad;
    int ar;
    Anvandare ansvarig;
    EgenkontrollStatus status;
    Anvandare planeradAv;
    Instant planerad;
    LagradMallversion mallversion;
    Stickprov stickprov;
    List<Besvarat> svar = new ArrayList<>();
    Resultat resultat;
    Instant genomford;
    Anvandare genomfordAv;
    String installtSkal;

    void besvara(Besvarat nytt) {
        svar.removeIf(b -> b.post().equals(nytt.post()) && b.fraga().equals(nytt.fraga()));
        svar.add(nytt);
    }

    /** Indexed once: a sample of thousands of items is looked up item by item, question by question. */
    Svarsuppslag uppslag() {
        Map<String, Map<FragaId, Svar>> index = new HashMap<>();
        svar.forEach(b -> index.computeIfAbsent(b.post(), p -> new HashMap<>()).put(b.fraga(), b.svar()));
        return (post, fraga) -> index.getOrDefault(post, Map.of()).get(fraga);
    }
}
