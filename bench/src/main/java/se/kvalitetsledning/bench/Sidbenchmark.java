package se.kvalitetsledning.bench;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;

import se.kvalitetsledning.infra.test.ApiKlient;
import se.kvalitetsledning.infra.test.Webbsession;

/**
 * P3: 50 concurrent users, each logged in with their own session, open the main pages and reports over the whole
 * history for a while; p50/p95 per page. Handlers and management (karin, lars) open the list, a filtered list, case
 * pages and the start page; medarbetare (anna) their own reports; every fifth user also a year's statistics report,
 * the monthly summary of a month anywhere in the history and the kvalitetsråd's page that shows it. Before them one
 * user alone opens the same pages one after the other: what a single request costs without a queue. The 50 users run
 * twice: without pauses, each asking again the moment an answer comes (the most the application answers), and with
 * a time to read each page, as people use it.
 */
final class Sidbenchmark {

    static final int ANVANDARE = 50;
    private static final List<String> SIDOR = List.of("start", "lista", "lista filtrerad", "ärende",
            "mina rapporter", "statistik 12 mån (rapport)", "månadssammanställning (rapport)", "kvalitetsrådets sida");

    private final String basUrl;
    private final List<String> avvikelser;
    private Map<String, Matning> matningar;

    Sidbenchmark(String basUrl, List<String> avvikelser) {
        this.basUrl = basUrl;
        this.avvikelser = avvikelser;
    }

    /** One user (karin; anna for her own reports) opens each page {@code varv} times in turn, after a warm-up. */
    void enAnvandare(Resultat resultat, int varv) {
        matningar = nyaMatningar();
        Random slump = new Random(1);
        Webbsession karin = Webbsession.loggaIn(basUrl, "karin");
        ApiKlient api = new ApiKlient.Fabrik(basUrl).som("karin");
        Webbsession anna = Webbsession.loggaIn(basUrl, "anna");
        for (int i = -3; i < varv; i++) {
            boolean mat = i >= 0;
            for (int sida = 0; sida < 7; sida++) {
                sida(mat, sida, karin, api, slump);
            }
            anrop(mat, "mina rapporter", () -> anna.get("/avvikelser/mina").status());
        }
        tabell(resultat, "## P3 en användare åt gången (%d anrop per sida)".formatted(varv));
    }

    /** The 50 users for {@code tid} after {@code uppvarmning}, each pausing 0–2 × {@code medelpaus} after an answer. */
    void kor(Resultat resultat, String rubrik, Duration uppvarmning, Duration tid, Duration medelpaus)
            throws Exception {
        matningar = nyaMatningar();
        ExecutorService pool = Executors.newFixedThreadPool(ANVANDARE);
        List<Future<?>> arbete = new ArrayList<>();
        long matstart = System.nanoTime() + uppvarmning.toNanos();
        long slut = matstart + tid.toNanos();
        for (int i = 0; i < ANVANDARE; i++) {
            int anvandare = i;
            arbete.add(pool.submit(() -> {
                anvandare(anvandare, matstart, slut, medelpaus);
                return null;
            }));
        }
        for (Future<?> f : arbete) {
            f.get();
        }
        pool.shutdown();
        tabell(resultat, "## P3 sidor och rapporter: %s (%d samtidiga användare, %d s)".formatted(rubrik, ANVANDARE,
                tid.toSeconds()));
        long svar = matningar.values().stream().mapToLong(m -> m.antal() + m.felAntal()).sum();
        resultat.rad("Svar per sekund under mätningen: %.1f.", svar / (double) tid.toSeconds());
    }

    private static Map<String, Matning> nyaMatningar() {
        Map<String, Matning> nya = new LinkedHashMap<>();
        SIDOR.forEach(sida -> nya.put(sida, new Matning()));
        return nya;
    }

    private void tabell(Resultat resultat, String rubrik) {
        resultat.rad("");
        resultat.rad(rubrik);
        resultat.rad("");
        resultat.rad("| sida | anrop | fel | p50 ms | p95 ms |");
        resultat.rad("| --- | --- | --- | --- | --- |");
        matningar.forEach((sida, m) -> resultat.rad("| %s | %d | %d | %.1f | %.1f |", sida, m.antal(), m.felAntal(),
                m.percentil(50), m.percentil(95)));
        resultat.rad("");
        resultat.rad("Mål: sidor p95 < 100 ms, rapporter p95 < 300 ms.");
    }

    private void anvandare(int nummer, long matstart, long slut, Duration medelpaus) throws InterruptedException {
        Random slump = new Random(nummer);
        String namn = nummer % 10 == 9 ? "anna" : nummer % 2 == 0 ? "karin" : "lars";
        Webbsession session = Webbsession.loggaIn(basUrl, namn);
        ApiKlient api = new ApiKlient.Fabrik(basUrl).som(namn);
        while (System.nanoTime() < slut) {
            boolean mat = System.nanoTime() >= matstart;
            if (namn.equals("anna")) {
                anrop(mat, "mina rapporter", () -> session.get("/avvikelser/mina").status());
                lasa(slump, medelpaus);
                anrop(mat, "start", () -> session.get("/").status());
            } else {
                sida(mat, slump.nextInt(nummer % 5 == 0 ? 7 : 4), session, api, slump);
            }
            lasa(slump, medelpaus);
        }
    }

    /** The time a user takes to read an answer: 0 to twice the mean, evenly. */
    private static void lasa(Random slump, Duration medelpaus) throws InterruptedException {
        if (!medelpaus.isZero()) {
            Thread.sleep((long) (slump.nextDouble() * 2 * medelpaus.toMillis()));
        }
    }

    /** Page {@code sida} of the seven a handler or manager opens; reports and summaries of any month. */
    private void sida(boolean mat, int sida, Webbsession session, ApiKlient api, Random slump) {
        YearMonth till = YearMonth.now();
        String statistik = "/api/avvikelser/statistik?fran=" + till.minusMonths(11) + "&till=" + till;
        // any month of the ten years the history covers, so no month is served warm from the one before
        IntSupplier manaderSedan = () -> 1 + slump.nextInt(120);
        switch (sida) {
            case 0 -> anrop(mat, "lista", () -> session.get("/avvikelser").status());
            case 1 -> anrop(mat, "lista filtrerad",
                    () -> session.get("/avvikelser?status=UNDER_HANDLAGGNING&sida=" + (1 + slump.nextInt(3)))
                            .status());
            case 2 -> anrop(mat, "ärende",
                    () -> session.get("/avvikelser/" + avvikelser.get(slump.nextInt(avvikelser.size()))).status());
            case 3 -> anrop(mat, "start", () -> session.get("/").status());
            case 4 -> anrop(mat, "statistik 12 mån (rapport)", () -> api.get(statistik).status());
            case 5 -> anrop(mat, "månadssammanställning (rapport)", () -> api.get(
                    "/api/manadssammanstallning?manad=" + till.minusMonths(manaderSedan.getAsInt())).status());
            default -> anrop(mat, "kvalitetsrådets sida", () -> session.get(
                    "/kvalitetsrad/manad?manad=" + till.minusMonths(manaderSedan.getAsInt())).status());
        }
    }

    private void anrop(boolean mat, String sida, IntSupplier begaran) {
        long start = System.nanoTime();
        int status;
        try {
            status = begaran.getAsInt();
        } catch (RuntimeException e) {
            status = -1;
        }
        if (!mat) {
            return;
        }
        if (status == 200) {
            matningar.get(sida).registrera(start);
        } else {
            matningar.get(sida).fel();
        }
    }
}
