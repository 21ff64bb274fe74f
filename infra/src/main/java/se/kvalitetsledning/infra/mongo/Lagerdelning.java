package se.kvalitetsledning.infra.mongo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store in two H2 stores. The first ({@code kvalitetsledning.mv.db}) holds what must be durable when a
 * command is answered, the collections named {@code hallbara} and the server's own catalogue ({@code system.*}), and
 * is committed for every command (see {@link GruppCommit}). The second ({@code lasmodeller.mv.db}) holds the rest: the
 * read models, the processors' positions and the versions the read models were built with, which change on every
 * event; the server commits it about once a second, so a command's commit writes only the event store's pages.
 * After a crash the second is as of up to a second earlier, with the read models and the positions together, and the
 * processors handle the events since again. It never holds an event a crash took back: the processors are shown only
 * events already durable in the first.
 */
final class Lagerdelning {

    static final String DATA = "databases.";
    static final String META = "meta.";
    static final String INDEX = "._index_";
    /** The library's catalogue of each database's collections, a collection in the first store. */
    private static final String NAMNRYMDER = "system.namespaces";
    private static final int KOPIERA_PER_COMMIT = 10_000;
    /** Set in both stores once the division is made; a store that lacks it while the other has it was replaced. */
    private static final String DELAT = "kvalitetsledning.lagerdelning";

    private static final Logger LOGG = LoggerFactory.getLogger(Lagerdelning.class);

    private final MVStore huvudlager;
    private final MVStore lasmodellager;
    private final Set<String> hallbara;

    /**
     * Divides the stores: a store written before the division (one file) has its read models' maps copied to the
     * second store and then removed from the first. A copy cut short by a crash is started over at the next start.
     */
    Lagerdelning(MVStore huvudlager, MVStore lasmodellager, Set<String> hallbara) {
        this.huvudlager = huvudlager;
        this.lasmodellager = lasmodellager;
        this.hallbara = Set.copyOf(hallbara);
        dela();
    }

    MVStore huvudlager() {
        return huvudlager;
    }

    MVStore lasmodellager() {
        return lasmodellager;
    }

    /** The store a collection's maps are in. */
    MVStore lager(String samling) {
        return samling.startsWith("system.") || hallbara.contains(samling) ? huvudlager : lasmodellager;
    }

    /** Removes a dropped read model's maps ({@code <databas>.<samling>}) from the second store. */
    void taBort(String fulltNamn) {
        for (String karta : List.copyOf(lasmodellager.getMapNames())) {
            if (karta.equals(DATA + fulltNamn) || karta.equals(META + fulltNamn)
                    || karta.startsWith(fulltNamn + INDEX)) {
                lasmodellager.removeMap(karta);
            }
        }
    }

    /** Removes a dropped database's maps from the second store. */
    void taBortDatabas(String databas) {
        for (String karta : List.copyOf(lasmodellager.getMapNames())) {
            if (karta.startsWith(DATA + databas + ".") || karta.startsWith(META + databas + ".")
                    || karta.startsWith(databas + ".")) {
                lasmodellager.removeMap(karta);
            }
        }
    }

    private void dela() {
        boolean huvudDelat = huvudlager.hasMap(DELAT);
        boolean lasmodellerDelade = lasmodellager.hasMap(DELAT);
        if (huvudDelat && !lasmodellerDelade) {
            throw new IllegalStateException("Läsmodellernas fil (lasmodeller.mv.db) saknas eller är ersatt, men den "
                    + "hör till händelselagret i datakatalogen: återställ den från säkerhetskopian");
        }
        if (lasmodellerDelade && !huvudDelat && huvudlager.getMapNames().isEmpty()) {
            throw new IllegalStateException("Händelselagrets fil (kvalitetsledning.mv.db) saknas eller är ersatt, men "
                    + "läsmodellernas fil finns kvar: återställ den från säkerhetskopian");
        }
        List<String> flyttas = huvudlager.getMapNames().stream().filter(this::lasmodellkarta).toList();
        if (!lasmodellerDelade) {
            for (String karta : List.copyOf(lasmodellager.getMapNames())) {
                lasmodellager.removeMap(karta);
            }
            flyttas.forEach(this::kopiera);
            lasmodellager.openMap(DELAT).put("delat", Boolean.TRUE);
            lasmodellager.commit();
            if (!flyttas.isEmpty()) {
                LOGG.info("Lagring: läsmodellerna ({} kartor) flyttade till en egen fil", flyttas.size());
            }
        }
        flyttas.forEach(huvudlager::removeMap);
        huvudlager.openMap(DELAT).put("delat", Boolean.TRUE);
        huvudlager.commit();
        taBortOlistade();
    }

    /**
     * Removes the second store's maps of collections that the first store's catalogue does not list. That is a
     * dropped read model whose drop reached the first file but not yet the second when the process died. Left there,
     * its old documents would come back when the collection is created again.
     */
    private void taBortOlistade() {
        Set<String> listade = new HashSet<>();
        for (String karta : huvudlager.getMapNames()) {
            if (karta.startsWith(DATA) && karta.endsWith("." + NAMNRYMDER)) {
                MVMap<Object, Object> namnrymder = oppna(huvudlager, karta);
                namnrymder.values().forEach(n -> listade.add((String) Bsondokument.dokument(n).get("name")));
            }
        }
        List<String> olistade = lasmodellager.getMapNames().stream()
                .filter(karta -> samling(karta) != null && !listade.contains(samling(karta))).toList();
        if (!olistade.isEmpty()) {
            olistade.forEach(lasmodellager::removeMap);
            lasmodellager.commit();
            LOGG.info("Lagring: {} kartor för borttagna läsmodeller togs bort", olistade.size());
        }
    }

    /** A map of a collection that belongs in the second store. */
    private boolean lasmodellkarta(String karta) {
        String fulltNamn = samling(karta);
        int punkt = fulltNamn == null ? -1 : fulltNamn.indexOf('.');
        return punkt > 0 && lager(fulltNamn.substring(punkt + 1)) == lasmodellager;
    }

    /** The collection ({@code <databas>.<samling>}) a map belongs to, or null for a map of no collection. */
    private static String samling(String karta) {
        if (karta.startsWith(DATA)) {
            return karta.substring(DATA.length());
        } else if (karta.startsWith(META)) {
            return karta.substring(META.length());
        } else if (karta.contains(INDEX)) {
            return karta.substring(0, karta.indexOf(INDEX));
        }
        return null;
    }

    /** Copies in parts: H2 does not commit by itself here, and a large read model would otherwise fill the heap. */
    private void kopiera(String karta) {
        MVMap<Object, Object> fran = oppna(huvudlager, karta);
        MVMap<Object, Object> till = oppna(lasmodellager, karta);
        long kopierade = 0;
        for (Map.Entry<Object, Object> post : fran.entrySet()) {
            till.put(post.getKey(), post.getValue());
            if (++kopierade % KOPIERA_PER_COMMIT == 0) {
                lasmodellager.commit(); // no mark yet: a division cut short is still started over
            }
        }
    }

    /**
     * Every map of a collection is opened here, with its types: an index's map is ordered by our key type (see
     * {@link InbyggdH2Backend}), a collection's documents are kept as {@link Dokumenttyp}, the rest has H2's default
     * types. H2 keeps the first opening of a map, and only {@link Dokumenttyp} reads every document.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <K, V> MVMap<K, V> oppna(MVStore lager, String karta) {
        MVMap.Builder typer = new MVMap.Builder<>();
        if (karta.contains(INDEX)) {
            typer.keyType(new Indexnyckelordning());
        } else if (karta.startsWith(DATA)) {
            typer.valueType(new Dokumenttyp());
        }
        return (MVMap<K, V>) lager.openMap(karta, typer);
    }
}
