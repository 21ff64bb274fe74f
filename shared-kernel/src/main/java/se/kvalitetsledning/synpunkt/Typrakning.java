package se.kvalitetsledning.synpunkt;

/** How many synpunkter of a type an enhet (or {@link SynpunktStatistik#UTAN_ENHET}) received in a period. */
public record Typrakning(String enhet, Synpunktstyp typ, long antal) {
}
