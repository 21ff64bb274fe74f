package se.kvalitetsledning.avvikelse;

import java.time.Instant;
import java.util.List;

import se.kvalitetsledning.gemensamt.Riskfarg;

public record AvvikelseSida(List<Rad> rader, long totalt, int sida, int storlek) {

    public record Rad(String id, String enhet, Instant intraffade, String kortBeskrivning, String kategori,
                      AvvikelseStatus status, Riskfarg riskfarg, String handlaggare, boolean vantarPaLexSarahBesked) {
    }

    public int antalSidor() {
        return storlek == 0 ? 0 : (int) ((totalt + storlek - 1) / storlek);
    }
}
