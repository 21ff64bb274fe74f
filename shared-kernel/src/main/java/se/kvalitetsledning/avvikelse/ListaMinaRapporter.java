package se.kvalitetsledning.avvikelse;

/**
 * Asks for a page of what one user has filed, the last registered first; answered with a {@link MinaRapporterSida}.
 * With {@code sidanMed} set to one of the user's reports the answer is the page that holds it, whatever {@code sida}.
 */
public record ListaMinaRapporter(String anvandarnamn, int sida, int storlek, String sidanMed) {

    public static ListaMinaRapporter sida(String anvandarnamn, int sida, int storlek) {
        return new ListaMinaRapporter(anvandarnamn, sida, storlek, null);
    }

    public static ListaMinaRapporter sidanMed(String anvandarnamn, String id, int storlek) {
        return new ListaMinaRapporter(anvandarnamn, 0, storlek, id);
    }
}
