package se.kvalitetsledning.avvikelse;

import java.util.List;

/** A page of a user's own reports, the last registered first, and how many they have filed in all. */
public record MinaRapporterSida(List<MinRapport> rapporter, long totalt, int sida, int storlek) {

    public int antalSidor() {
        return storlek == 0 ? 0 : (int) ((totalt + storlek - 1) / storlek);
    }
}
