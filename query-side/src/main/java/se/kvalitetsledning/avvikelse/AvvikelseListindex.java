package se.kvalitetsledning.avvikelse;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.springframework.data.mongodb.core.MongoTemplate;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.projektion.Batchbuffert;
import se.kvalitetsledning.projektion.Radindex;
import se.kvalitetsledning.projektion.Stampelcache;
import se.kvalitetsledning.projektion.Stamplar;
import se.kvalitetsledning.projektion.Textlistor;
import se.kvalitetsledning.projektion.Tidtext;
import se.kvalitetsledning.projektion.Tomning;

/**
 * The avvikelse list read by {@code _id} only, so a page costs the same however long the history is (a query on other
 * fields makes the embedded server read every avvikelse). Per enhet and month, and for all enheter ({@code *}), a
 * document holds the month's rows (when it occurred, id, status, kategori, riskfärg) and how many rows each
 * combination of status, kategori and riskfärg has; per enhet a document lists its months. The total is the sum of
 * the months' counts; a page is found by walking the months back from the newest and skipping whole months by their
 * counts, so only the months the page lands in, and a month the period cuts, are read row by row. Each change is the
 * same when redone: a row is counted when it enters the set and uncounted when it leaves.
 * <p>
 * A row begins with its time in a fixed width, so the rows' text order is their time order: a month's rows are stored
 * oldest first, and a page is read without parsing a time. When every row of a month counts (no filter on status,
 * kategori or riskfärg, the whole month in the period) only the newest rows the page needs are read ({@code $slice}).
 * <p>
 * The counts are read from a copy ({@link Listantal}): a server reads a whole document even for one of its fields,
 * and the total of ten years read each month's rows. The copy is written whenever its month is changed, also by a
 * change redone, so it follows the month document even when a batch stopped between the two.
 * <p>
 * All enheter's rows of a month are spread over {@link #HINKAR} documents ({@code *|<yyyy-MM>|<n>}) by the
 * avvikelse's id: each change rewrites its document whole, and one document with the whole organisation's month made
 * every filing cost more than the one before it. Their counts are kept per hink ({@link Hinkantal}, written from the
 * hink as the copy is from the month) and the copy holds their sum.
 * <p>
 * The copies a list reads are kept in memory while their marks ({@link Stamplar}, set whenever a copy is written) stay
 * the same: the total reads every month of the history.
 * <p>
 * A batch of events reads the documents of all its avvikelser's places in the list ({@link Listplats}) in one query
 * per collection at its first change, not each at its first change.
 */
final class AvvikelseListindex {

    static final String ALLA = "*";
    private static final String SAMLING = "avvikelse-lista";
    private static final String SAMLING_ANTAL = "avvikelse-lista-antal";
    private static final String SAMLING_HINKANTAL = "avvikelse-lista-hinkantal";
    private static final String SAMLING_STAMPLAR = "avvikelse-lista-stamplar";
    private static final int HINKAR = 16;
    /** The whole organisation's ten years and some enheter's. */
    private static final int KOPIOR_I_MINNET = 2_000;

    /**
     * A month's rows and counts ({@code <enhet>|<yyyy-MM>}, or a hink of all enheter's {@code *|<yyyy-MM>|<n>}), or
     * an enhet's months as its rows ({@code <enhet>}), read and written as the driver gives them ({@link #FORM}).
     */
    static final class Listdokument {
        static final Batchbuffert.Form<Listdokument> FORM = new Batchbuffert.Form<>() {
            @Override
            public Listdokument fran(org.bson.Document dokument) {
                var d = new Listdokument();
                d.id = dokument.getString("_id");
                d.rader.addAll(dokument.getList("rader", String.class, List.of()));
                d.antal = dokument.getList("antal", String.class, List.of());
                return d;
            }

            @Override
            public org.bson.Document till(Listdokument d) {
                return new org.bson.Document("_id", d.id).append("rader", new ArrayList<>(d.rader))
                        .append("antal", d.antal());
            }
        };

        String id;
        TreeSet<String> rader = new TreeSet<>();
        /** The counts as read or last written out; null after a change until asked for. */
        private List<String> antal = List.of();
        /** {@link #antal} read once while the document changes in a batch, not again for every row. */
        private Map<String, Long> raknade;

        /** {@code <status>|<kategori>|<riskfärg>|<antal>}, each combination with rows once. */
        List<String> antal() {
            if (antal == null) {
                antal = somText(raknade);
            }
            return antal;
        }

        private void lagg(Listrad rad) {
            if (rader.add(rad.text())) {
                rakna(rad.slag(), 1);
            }
        }

        private void ta(Listrad rad) {
            if (rader.remove(rad.text())) {
                rakna(rad.slag(), -1);
            }
        }

        private void rakna(String slag, int steg) {
            if (raknade == null) {
                raknade = perSlag(antal);
            }
            raknade.merge(slag, (long) steg, Long::sum);
            antal = null;
        }
    }

    /**
     * A copy of a month's counts ({@link Listdokument#antal}) under the month document's id, taken when the copy is
     * written: the sum of all enheter's hinkar once per batch, not at every change (most of a rebuild's time).
     */
    record Listantal(String id, Supplier<List<String>> antal) {
        static final Batchbuffert.Form<Listantal> FORM = new Batchbuffert.Form<>() {
            @Override
            public Listantal fran(org.bson.Document dokument) {
                List<String> antal = dokument.getList("antal", String.class, List.of());
                return new Listantal(dokument.getString("_id"), () -> antal);
            }

            @Override
            public org.bson.Document till(Listantal kopia) {
                return new org.bson.Document("_id", kopia.id).append("antal", kopia.antal.get());
            }
        };
    }

    /**
     * The counts of each of all enheter's hinkar of a month ({@link Listdokument#antal}), by hink; a hink changed in
     * the batch gives them when the document is written.
     */
    record Hinkantal(String id, List<Supplier<List<String>>> hinkar) {
        static final Batchbuffert.Form<Hinkantal> FORM = new Batchbuffert.Form<>() {
            @Override
            public Hinkantal fran(org.bson.Document dokument) {
                List<Supplier<List<String>>> hinkar = new ArrayList<>();
                for (Object hink : dokument.getList("hinkar", List.class, List.of())) {
                    List<String> antal = ((List<?>) hink).stream().map(String.class::cast).toList();
                    hinkar.add(() -> antal);
                }
                return new Hinkantal(dokument.getString("_id"), hinkar);
            }

            @Override
            public org.bson.Document till(Hinkantal hinkantal) {
                return new org.bson.Document("_id", hinkantal.id)
                        .append("hinkar", hinkantal.hinkar.stream().map(Supplier::get).toList());
            }
        };

        static Hinkantal tom(String id) {
            Supplier<List<String>> inga = List::of;
            return new Hinkantal(id, new ArrayList<>(Collections.nCopies(HINKAR, inga)));
        }

        /** The counts of every hink added up, as a month document keeps them. */
        List<String> summa() {
            Map<String, Long> perSlag = new TreeMap<>();
            hinkar.forEach(antal -> perSlag(antal.get()).forEach((slag, n) -> perSlag.merge(slag, n, Long::sum)));
            return somText(perSlag);
        }
    }

    /** Where an avvikelse's row is kept: its enhet, the month it occurred and its id, none of which changes. */
    record Listplats(String enhet, YearMonth manad, String id) {
    }

    /** One avvikelse in the list: what the filters and the order need; an absent value is empty. */
    record Listrad(Instant intraffade, String id, String status, String kategori, String riskfarg) {

        /** The time as the database keeps it (milliseconds), so a document read back gives the same row. */
        static Listrad av(AvvikelseDokument d) {
            return new Listrad(d.intraffade.truncatedTo(ChronoUnit.MILLIS), d.id, d.status.name(),
                    d.kategori == null ? "" : d.kategori, d.riskfarg == null ? "" : d.riskfarg.name());
        }

        String text() {
            return Radindex.text(Tidtext.av(intraffade), id, status, kategori, riskfarg);
        }

        /** Where a row's {@link #slag} begins in its {@link #text}: after its time and its id. */
        static int slagetsBorjan(String text) {
            return text.indexOf('|', text.indexOf('|') + 1) + 1;
        }

        /** The id of a row's {@link #text}. */
        static String id(String text) {
            return Radindex.falt(text).get(1);
        }

        /** The combination the counts are kept per. */
        String slag() {
            return Radindex.text(status, kategori, riskfarg);
        }

        YearMonth manad() {
            return SvenskTid.manad(intraffade);
        }
    }

    /** The ids of one page, newest first, and how many avvikelser the whole list has. */
    record Traffar(List<String> ids, long totalt) {
    }

    private final MongoTemplate mongo;
    private final Batchbuffert<Listdokument> dokument;
    private final Batchbuffert<Hinkantal> hinkantal;
    private final Batchbuffert<Listantal> antalskopior;
    private final Stamplar stamplar;
    private final Stampelcache<List<String>> lastaKopior;

    /** {@code batchensPlatser}: the places of the avvikelser the current batch changes, asked inside the batch. */
    AvvikelseListindex(MongoTemplate mongo, Supplier<Collection<Listplats>> batchensPlatser) {
        this.mongo = mongo;
        this.dokument = Batchbuffert.harledda(mongo, SAMLING, Listdokument.FORM, d -> d.id,
                () -> dokumentnycklar(batchensPlatser.get()));
        this.hinkantal = Batchbuffert.harledda(mongo, SAMLING_HINKANTAL, Hinkantal.FORM, Hinkantal::id,
                () -> batchensPlatser.get().stream().map(p -> manadsnyckel(ALLA, p.manad())).toList());
        this.antalskopior = Batchbuffert.harledda(mongo, SAMLING_ANTAL, Listantal.FORM, Listantal::id);
        this.stamplar = new Stamplar(mongo, SAMLING_STAMPLAR);
        this.lastaKopior = new Stampelcache<>(stamplar, KOPIOR_I_MINNET);
    }

    /** Moves the avvikelse's row in its enhet and in all from {@code fore} to {@code efter} (null: none). */
    void flytta(String enhet, Listrad fore, Listrad efter) {
        if (fore != null && fore.equals(efter)) {
            return;
        }
        for (String omfang : List.of(enhet, ALLA)) {
            if (fore != null) {
                andra(omfang, fore, d -> d.ta(fore));
            }
            if (efter != null) {
                andra(omfang, efter, d -> d.lagg(efter));
                var manader = hamta(Radindex.text(omfang));
                if (manader.rader.add(efter.manad().toString())) {
                    dokument.spara(manader);
                }
            }
        }
    }

    Traffar sok(ListaAvvikelser fraga, int sida, int storlek) {
        Collection<String> omfang = fraga.enheter() == null ? List.of(ALLA) : fraga.enheter();
        if (omfang.isEmpty()) {
            return new Traffar(List.of(), 0);
        }
        var urval = Listurval.av(fraga);
        var manader = manader(omfang, urval);
        Map<YearMonth, List<String>> lasta = new HashMap<>();
        List<YearMonth> delvisa = manader.stream().filter(m -> !urval.helaManaden(m)).toList();
        lasta.putAll(rader(omfang, delvisa, urval));
        Map<YearMonth, Long> perManad = antal(omfang, manader, urval);
        delvisa.forEach(m -> perManad.put(m, (long) lasta.get(m).size()));

        List<String> ids = new ArrayList<>();
        long hoppa = (long) sida * storlek;
        for (YearMonth manad : manader) {
            if (ids.size() == storlek) {
                break;
            }
            long antal = perManad.getOrDefault(manad, 0L);
            if (hoppa >= antal) {
                hoppa -= antal;
                continue;
            }
            int behovs = (int) hoppa + storlek - ids.size();
            var raderna = lasta.computeIfAbsent(manad, m -> urval.allaSlag() ? senaste(omfang, m, behovs)
                    : rader(omfang, List.of(m), urval).get(m));
            for (int i = (int) hoppa; i < raderna.size() && ids.size() < storlek; i++) {
                ids.add(Listrad.id(raderna.get(i)));
            }
            hoppa = 0;
        }
        return new Traffar(ids, perManad.values().stream().mapToLong(Long::longValue).sum());
    }

    void rensa() {
        Tomning.tom(mongo, SAMLING);
        Tomning.tom(mongo, SAMLING_ANTAL);
        Tomning.tom(mongo, SAMLING_HINKANTAL);
        stamplar.rensa();
    }

    /** The months with rows in any of the enheter that the period covers, newest first. */
    private TreeSet<YearMonth> manader(Collection<String> omfang, Listurval urval) {
        TreeSet<YearMonth> manader = new TreeSet<>(Comparator.reverseOrder());
        for (List<String> rader : las(omfang.stream().map(Radindex::text).toList(), "rader").values()) {
            rader.stream().map(YearMonth::parse).filter(urval::inom).forEach(manader::add);
        }
        return manader;
    }

    /** The rows each month's count covers, read from the counts alone. */
    private Map<YearMonth, Long> antal(Collection<String> omfang, Collection<YearMonth> manader, Listurval urval) {
        Map<YearMonth, Long> perManad = new HashMap<>();
        lastaKopior.hamta(nycklar(omfang, manader), this::kopior).forEach((id, antal) -> {
            for (String a : antal) {
                if (urval.slag(a, 0)) {
                    perManad.merge(manad(id), Long.parseLong(a.substring(a.lastIndexOf('|') + 1)), Long::sum);
                }
            }
        });
        return perManad;
    }

    /**
     * The months' rows that the filters let through, newest first. Rows are compared as they are written, not split
     * into fields; a row's month is its document's.
     */
    private Map<YearMonth, List<String>> rader(Collection<String> omfang, Collection<YearMonth> manader,
            Listurval urval) {
        Map<YearMonth, List<String>> perManad = new HashMap<>();
        manader.forEach(m -> perManad.put(m, new ArrayList<>()));
        las(hinknycklar(omfang, manader), "rader").forEach((id, rader) -> {
            List<String> manadens = perManad.get(manad(id));
            for (String text : rader) {
                if (urval.inomPerioden(text) && urval.slag(text, Listrad.slagetsBorjan(text))) {
                    manadens.add(text);
                }
            }
        });
        perManad.values().forEach(r -> r.sort(Comparator.reverseOrder()));
        return perManad;
    }

    /** The month's newest {@code antal} rows, newest first, read as the last rows of each of its documents. */
    private List<String> senaste(Collection<String> omfang, YearMonth manad, int antal) {
        List<String> rader = new ArrayList<>();
        Textlistor.sista(mongo, SAMLING, hinknycklar(omfang, List.of(manad)), "rader", antal).values()
                .forEach(rader::addAll);
        rader.sort(Comparator.reverseOrder());
        return rader.subList(0, Math.min(antal, rader.size()));
    }

    /** The count copies' counts, none for a copy that is missing. */
    private Map<String, List<String>> kopior(List<String> ids) {
        Map<String, List<String>> antal = new HashMap<>();
        ids.forEach(id -> antal.put(id, List.of()));
        antal.putAll(Textlistor.las(mongo, SAMLING_ANTAL, ids, "antal"));
        return antal;
    }

    private Map<String, List<String>> las(List<String> ids, String falt) {
        return Textlistor.las(mongo, SAMLING, ids, falt);
    }

    /**
     * Changes the month document (or hink) that holds the row and writes its counts' copy, also when the change was
     * made before.
     */
    private void andra(String omfang, Listrad rad, Consumer<Listdokument> andring) {
        var d = hamta(hinknyckel(omfang, rad.manad(), rad.id()));
        andring.accept(d);
        dokument.spara(d);
        String manadsnyckel = manadsnyckel(omfang, rad.manad());
        if (!ALLA.equals(omfang)) {
            antalskopior.spara(new Listantal(manadsnyckel, d::antal));
        } else {
            var hinkar = hinkantal.hitta(manadsnyckel).orElseGet(() -> Hinkantal.tom(manadsnyckel));
            hinkar.hinkar().set(hink(rad.id()), d::antal);
            hinkantal.spara(hinkar);
            antalskopior.spara(new Listantal(manadsnyckel, hinkar::summa));
        }
        stamplar.stampla(manadsnyckel);
    }

    /** {@code <status>|<kategori>|<riskfärg>|<antal>} as the count per combination. */
    private static Map<String, Long> perSlag(List<String> antal) {
        Map<String, Long> perSlag = new TreeMap<>();
        for (String a : antal) {
            int skiljetecken = a.lastIndexOf('|');
            perSlag.put(a.substring(0, skiljetecken), Long.parseLong(a.substring(skiljetecken + 1)));
        }
        return perSlag;
    }

    /** The counts as {@link #perSlag} reads them, each combination with rows once. */
    private static List<String> somText(Map<String, Long> perSlag) {
        return perSlag.entrySet().stream().filter(e -> e.getValue() != 0).map(e -> e.getKey() + "|" + e.getValue())
                .toList();
    }

    private Listdokument hamta(String id) {
        return dokument.hitta(id).orElseGet(() -> {
            var ny = new Listdokument();
            ny.id = id;
            return ny;
        });
    }

    /** The documents that a change of the avvikelser at the places reads: their months, hinkar and month lists. */
    private static Set<String> dokumentnycklar(Collection<Listplats> platser) {
        Set<String> nycklar = new HashSet<>();
        for (Listplats p : platser) {
            for (String omfang : List.of(p.enhet(), ALLA)) {
                nycklar.add(hinknyckel(omfang, p.manad(), p.id()));
                nycklar.add(Radindex.text(omfang));
            }
        }
        return nycklar;
    }

    private static List<String> nycklar(Collection<String> omfang, Collection<YearMonth> manader) {
        return omfang.stream().flatMap(o -> manader.stream().map(m -> manadsnyckel(o, m))).toList();
    }

    /** The documents that together hold the months' rows of the omfång. */
    private static List<String> hinknycklar(Collection<String> omfang, Collection<YearMonth> manader) {
        return omfang.stream().flatMap(o -> manader.stream().flatMap(m -> !ALLA.equals(o)
                ? Stream.of(manadsnyckel(o, m))
                : IntStream.range(0, HINKAR).mapToObj(hink -> Radindex.text(o, m, hink)))).toList();
    }

    /** The document that holds the avvikelse's row of the month in the omfång. */
    private static String hinknyckel(String omfang, YearMonth manad, String avvikelse) {
        return ALLA.equals(omfang) ? Radindex.text(omfang, manad, hink(avvikelse)) : manadsnyckel(omfang, manad);
    }

    private static int hink(String avvikelse) {
        return Math.floorMod(avvikelse.hashCode(), HINKAR);
    }

    private static String manadsnyckel(String omfang, YearMonth manad) {
        return Radindex.text(omfang, manad);
    }

    /** The month of a document of {@link #manadsnyckel} or {@link #hinknyckel}. */
    private static YearMonth manad(String nyckel) {
        return YearMonth.parse(Radindex.falt(nyckel).get(1));
    }

    /**
     * The list's filters other than enheter and text, as the rows and counts are tested against them: the period's
     * bounds also as a row writes its time, and the status, kategori and riskfärg asked for as a row writes them.
     */
    private record Listurval(List<String> slag, Instant fran, Instant fore, String franTid, String foreTid,
            YearMonth forsta, YearMonth sista) {

        static Listurval av(ListaAvvikelser f) {
            boolean medKategori = f.kategori() != null && !f.kategori().isBlank();
            Instant fran = f.fran() == null ? null : SvenskTid.dagensBorjan(f.fran());
            Instant fore = f.till() == null ? null : SvenskTid.dagensBorjan(f.till().plusDays(1));
            var slag = Arrays.asList(f.status() == null ? null : f.status().name(), medKategori ? f.kategori() : null,
                    f.riskfarg() == null ? null : f.riskfarg().name());
            slag.replaceAll(varde -> varde == null ? null : Radindex.text(varde));
            return new Listurval(slag, fran, fore, fran == null ? null : Tidtext.av(fran),
                    fore == null ? null : Tidtext.av(fore), f.fran() == null ? null : YearMonth.from(f.fran()),
                    f.till() == null ? null : YearMonth.from(f.till()));
        }

        boolean inom(YearMonth manad) {
            return (forsta == null || !manad.isBefore(forsta)) && (sista == null || !manad.isAfter(sista));
        }

        /** Whether the period takes in the whole month, so that its counts answer without its rows. */
        boolean helaManaden(YearMonth manad) {
            return (fran == null || !SvenskTid.dagensBorjan(manad.atDay(1)).isBefore(fran))
                    && (fore == null || !SvenskTid.dagensBorjan(manad.plusMonths(1).atDay(1)).isAfter(fore));
        }

        /** Whether every combination of status, kategori and riskfärg passes. */
        boolean allaSlag() {
            return slag.stream().allMatch(Objects::isNull);
        }

        /**
         * Whether the status, kategori and riskfärg written from {@code borjan} in a row or a count pass, compared
         * field by field as written (escaped) without splitting the text.
         */
        boolean slag(String text, int borjan) {
            for (String krav : slag) {
                int slut = text.indexOf('|', borjan);
                if (slut < 0) {
                    slut = text.length();
                }
                if (krav != null && !(slut - borjan == krav.length() && text.startsWith(krav, borjan))) {
                    return false;
                }
                borjan = slut + 1;
            }
            return true;
        }

        /**
         * Whether a row's time is in the period, compared as text: the row begins with its time and then {@code |},
         * so it sorts after a bound of the same time and before any later one.
         */
        boolean inomPerioden(String rad) {
            return (franTid == null || rad.compareTo(franTid) >= 0) && (foreTid == null || rad.compareTo(foreTid) < 0);
        }
    }
}
