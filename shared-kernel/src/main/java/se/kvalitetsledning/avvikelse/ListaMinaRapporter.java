package se.kvalitetsledning.avvikelse;

/** Asks for what one user has filed, newest first; answered with a list of {@link MinRapport}. */
public record ListaMinaRapporter(String anvandarnamn) {
}
