package se.kvalitetsledning.infra.egenkontroll;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer;
import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer.Besvarat;
import se.kvalitetsledning.egenkontroll.FragaId;
import se.kvalitetsledning.egenkontroll.Svar;
import se.kvalitetsledning.egenkontroll.Svarsuppslag;

/** A check's recorded answers by sample item and question, as the pages look them up. */
final class Kontrollsvar implements Svarsuppslag {

    private final Map<String, Map<FragaId, Besvarat>> svar;

    private Kontrollsvar(Map<String, Map<FragaId, Besvarat>> svar) {
        this.svar = svar;
    }

    static Kontrollsvar av(EgenkontrollDetaljer kontroll) {
        return new Kontrollsvar(kontroll.svar().stream().collect(Collectors.groupingBy(Besvarat::post,
                Collectors.toMap(Besvarat::fraga, b -> b, (a, b) -> b))));
    }

    @Override
    public Svar svar(String post, FragaId fraga) {
        Besvarat besvarat = besvarat(post, fraga);
        return besvarat == null ? null : besvarat.svar();
    }

    Besvarat besvarat(String post, FragaId fraga) {
        return svar.getOrDefault(post, Map.of()).get(fraga);
    }

    int antal(String post) {
        return svar.getOrDefault(post, Map.of()).size();
    }

    /** These answers with the item's new ones in place: what applies once a form is saved. */
    Svarsuppslag med(String post, Map<FragaId, Svar> nya) {
        Map<FragaId, Svar> postens = new HashMap<>();
        svar.getOrDefault(post, Map.of()).forEach((fraga, besvarat) -> postens.put(fraga, besvarat.svar()));
        postens.putAll(nya);
        return (p, fraga) -> p.equals(post) ? postens.get(fraga) : svar(p, fraga);
    }
}
