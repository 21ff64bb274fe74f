package se.kvalitetsledning.organisation;

/** Asks for every förvaltning, verksamhetsområde and enhet; answered with a list of {@link Organisationsnod}. */
public record ListaOrganisation() {
}
