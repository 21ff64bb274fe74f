package se.kvalitetsledning.egenkontroll;

/** Asks for every kontrollmall by name; answered with a list of {@link KontrollmallRad}. */
public record ListaKontrollmallar() {
}
