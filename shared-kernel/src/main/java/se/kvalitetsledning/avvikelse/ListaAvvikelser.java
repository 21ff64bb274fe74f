package se.kvalitetsledning.avvikelse;

import java.time.LocalDate;
import java.util.Set;

import se.kvalitetsledning.gemensamt.Riskfarg;

/**
 * Asks for one page of avvikelser in the given enheter, newest first; every other filter is optional (null).
 * The period is the date the avvikelse occurred, both ends included. Answered with {@link AvvikelseSida}.
 */
public record ListaAvvikelser(
        Set<String> enheter,
        AvvikelseStatus status,
        String kategori,
        LocalDate fran,
        LocalDate till,
        Riskfarg riskfarg,
        String text,
        int sida,
        int storlek) {
}
