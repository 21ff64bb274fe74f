package se.kvalitetsledning.sammanstallning;

/**
 * A pattern for the kvalitetsråd: a category or an enhet ({@code id}) that rose clearly against the same period a
 * year before ({@code okning}), or a category whose avvikelser mostly concern one person ({@code koncentration}),
 * with the reason in words, e.g. "Självskada: 102 jämfört med 0 föregående år; 102 av 102 gäller samma person".
 */
public record Monsterflagga(Avser avser, String id, boolean okning, boolean koncentration, String text) {

    public enum Avser {
        KATEGORI,
        ENHET
    }
}
