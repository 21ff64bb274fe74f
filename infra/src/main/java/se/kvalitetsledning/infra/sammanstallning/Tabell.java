package se.kvalitetsledning.infra.sammanstallning;

import java.util.Collections;
import java.util.List;

/**
 * One table of the summary as the page, the PDF and the workbook show it: cells are numbers, texts, a
 * {@link Procent} or null (shown as "–"). {@code id} names it for the charts drawn from it.
 */
public record Tabell(String id, String rubrik, List<String> kolumner, List<List<Object>> rader) {

    public Tabell {
        kolumner = List.copyOf(kolumner);
        rader = rader.stream().map(Collections::unmodifiableList).toList();
    }

    /** A share in whole percent; null when there was nothing to share. */
    public record Procent(Integer varde) {

        @Override
        public String toString() {
            return varde == null ? "–" : varde + " %";
        }
    }
}
