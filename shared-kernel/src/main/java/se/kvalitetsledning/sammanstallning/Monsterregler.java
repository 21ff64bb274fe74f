package se.kvalitetsledning.sammanstallning;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.kvalitetsledning.sammanstallning.Monsterflagga.Avser;
import se.kvalitetsledning.sammanstallning.Monsterunderlag.Koncentration;

/**
 * The rules that flag patterns in a {@link Monsterunderlag}, simple enough for a kvalitetsråd to check by hand.
 * <ul>
 *   <li><b>Ökning</b>: a category, or an enhet, had at least {@code minstaOkning} more avvikelser in the period than
 *   in the same period a year before, and at least {@code faktor} times as many ("minst 5 fler och minst dubbelt så
 *   många som samma period året före").</li>
 *   <li><b>Koncentration</b>: at least {@code minstaSammaPerson} of a category's avvikelser in the period concern one
 *   and the same brukare, and they are at least {@code minstaAndelProcent} % of the category's.</li>
 * </ul>
 * The caller names the categories and enheter; a person is never named.
 */
public record Monsterregler(int minstaOkning, int faktor, int minstaSammaPerson, int minstaAndelProcent) {

    public static final Monsterregler STANDARD = new Monsterregler(5, 2, 5, 50);

    public Monsterregler {
        if (minstaOkning < 1 || faktor < 1 || minstaSammaPerson < 1) {
            throw new IllegalArgumentException("Gränserna för ökning och koncentration måste vara minst 1");
        }
        if (minstaAndelProcent < 1 || minstaAndelProcent > 100) {
            throw new IllegalArgumentException("Andelen för koncentration är en procentsats mellan 1 och 100");
        }
    }

    public boolean okning(long foregaende, long antal) {
        return antal - foregaende >= minstaOkning && antal >= faktor * foregaende;
    }

    public boolean koncentration(Koncentration kategori) {
        long n = kategori.flestForEnBrukare();
        return n >= minstaSammaPerson && 100 * n >= (long) minstaAndelProcent * kategori.antal();
    }

    /**
     * The flags of the period: the categories' first, in the order of {@link Monsterunderlag#kategorier()} (the
     * largest first), then the enheter's, the most avvikelser first. Both patterns of one category share one line.
     */
    public List<Monsterflagga> flaggor(Monsterunderlag underlag, Function<String, String> kategorinamn,
                                       Function<String, String> enhetsnamn) {
        List<Monsterflagga> flaggor = new ArrayList<>(kategoriflaggor(underlag, kategorinamn));
        flaggor.addAll(enhetsflaggor(underlag, enhetsnamn));
        return flaggor;
    }

    private List<Monsterflagga> kategoriflaggor(Monsterunderlag underlag, Function<String, String> namn) {
        Map<String, Long> aretFore = underlag.antalPerKategori(underlag.fran().minusMonths(12),
                underlag.till().minusMonths(12));
        List<Monsterflagga> flaggor = new ArrayList<>();
        for (Koncentration k : underlag.kategorier()) {
            long fore = aretFore.getOrDefault(k.kategori(), 0L);
            boolean okning = okning(fore, k.antal());
            boolean koncentration = koncentration(k);
            List<String> delar = new ArrayList<>();
            if (okning) {
                delar.add(jamfort(k.antal(), fore, underlag));
            }
            if (koncentration) {
                delar.add(k.flestForEnBrukare() + " av " + k.antal() + " gäller samma person");
            }
            if (!delar.isEmpty()) {
                flaggor.add(new Monsterflagga(Avser.KATEGORI, k.kategori(), okning, koncentration,
                        namn.apply(k.kategori()) + ": " + String.join("; ", delar)));
            }
        }
        return flaggor;
    }

    private List<Monsterflagga> enhetsflaggor(Monsterunderlag underlag, Function<String, String> namn) {
        Map<String, Long> aretFore = underlag.antalPerEnhet(underlag.fran().minusMonths(12),
                underlag.till().minusMonths(12));
        return underlag.antalPerEnhet(underlag.fran(), underlag.till()).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(enhet -> okning(aretFore.getOrDefault(enhet.getKey(), 0L), enhet.getValue()))
                .map(enhet -> new Monsterflagga(Avser.ENHET, enhet.getKey(), true, false, namn.apply(enhet.getKey())
                        + ": " + jamfort(enhet.getValue(), aretFore.getOrDefault(enhet.getKey(), 0L), underlag)))
                .toList();
    }

    private static String jamfort(long antal, long fore, Monsterunderlag underlag) {
        return antal + " jämfört med " + fore + " " + foregaendeAr(underlag.fran(), underlag.till());
    }

    private static String foregaendeAr(YearMonth fran, YearMonth till) {
        long manader = fran.until(till, ChronoUnit.MONTHS) + 1;
        if (manader == 1) {
            return "samma månad föregående år";
        }
        return manader == 12 ? "föregående år" : "samma period föregående år";
    }
}
