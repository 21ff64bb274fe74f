package se.kvalitetsledning.infra.egenkontroll;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer;
import se.kvalitetsledning.egenkontroll.Fraga;
import se.kvalitetsledning.egenkontroll.FragaId;
import se.kvalitetsledning.egenkontroll.SaknatSvar;

/**
 * A check as its page shows it: the sample items with how far each is answered, and the required answers still
 * missing, each by its item's number (the page never needs more than the opaque reference).
 */
record Kontrollvy(EgenkontrollDetaljer k, List<Postlage> poster, List<Saknat> saknade) {

    /** Item {@code nr} (from 1) of the sample, with its answers so far and its missing required answers. */
    record Postlage(int nr, String post, int besvarade, int saknade) {
    }

    record Saknat(int nr, String post, String fraga) {
    }

    static Kontrollvy av(EgenkontrollDetaljer k) {
        if (k.stickprov() == null || k.mallversion() == null) {
            return new Kontrollvy(k, List.of(), List.of());
        }
        List<String> poster = k.stickprov().poster();
        Kontrollsvar svar = Kontrollsvar.av(k);
        List<SaknatSvar> saknade = SaknatSvar.i(k.mallversion(), poster, svar);
        Map<String, Long> saknadePerPost = saknade.stream()
                .collect(Collectors.groupingBy(SaknatSvar::post, Collectors.counting()));
        return new Kontrollvy(k,
                IntStream.range(0, poster.size()).mapToObj(i -> new Postlage(i + 1, poster.get(i),
                        svar.antal(poster.get(i)), saknadePerPost.getOrDefault(poster.get(i), 0L).intValue())).toList(),
                saknade.stream().map(s -> new Saknat(poster.indexOf(s.post()) + 1, s.post(), fragetext(k, s.fraga())))
                        .toList());
    }

    public String fragetext(FragaId fraga) {
        return fragetext(k, fraga);
    }

    private static String fragetext(EgenkontrollDetaljer k, FragaId fraga) {
        return k.mallversion().fraga(fraga).map(Fraga::text).orElse(fraga.value());
    }
}
