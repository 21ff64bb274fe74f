package se.kvalitetsledning.organisation;

/** One node of the organisation tree as the read side knows it; {@code overordnad} is null for a förvaltning. */
public record Organisationsnod(String id, Niva niva, String namn, String overordnad) {

    public enum Niva { FORVALTNING, VERKSAMHETSOMRADE, ENHET }
}
