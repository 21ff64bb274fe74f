package se.kvalitetsledning.lexsarah;

/** Asks for the rapporter one user made, newest first; answered with a list of {@link MinLexSarahRapport}. */
public record ListaMinaLexSarahRapporter(String anvandarnamn) {
}
