package se.kvalitetsledning.infra.atgard;

import java.util.Arrays;
import java.util.List;

import se.kvalitetsledning.atgard.AtgardRad;
import se.kvalitetsledning.atgard.AtgardStatus;

/**
 * The board: one column per status in the order of the lifecycle, the written-off ones apart since they are done
 * with. Filtered on one status, the board is that column alone.
 */
public record Tavla(List<Kolumn> kolumner, List<AtgardRad> avskrivna) {

    /** One status and its åtgärder, the earliest due first. */
    public record Kolumn(AtgardStatus status, List<AtgardRad> rader) {
    }

    static Tavla av(List<AtgardRad> rader, AtgardStatus filtrerad) {
        List<Kolumn> kolumner = Arrays.stream(AtgardStatus.values())
                .filter(s -> filtrerad == null ? s != AtgardStatus.AVSKRIVEN : s == filtrerad)
                .map(s -> new Kolumn(s, rader.stream().filter(r -> r.status() == s).toList()))
                .toList();
        List<AtgardRad> avskrivna = filtrerad == null
                ? rader.stream().filter(r -> r.status() == AtgardStatus.AVSKRIVEN).toList() : List.of();
        return new Tavla(kolumner, avskrivna);
    }
}
