package se.kvalitetsledning.avvikelse;

/**
 * How many avvikelser of an enhet in a period had the category (or {@link AvvikelseRakning#OKLASSIFICERAD}), each
 * counted once.
 */
public record Kategorirakning(String enhet, String kategori, long antal) {
}
