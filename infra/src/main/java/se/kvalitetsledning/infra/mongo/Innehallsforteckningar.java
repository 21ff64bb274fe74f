package se.kvalitetsledning.infra.mongo;

import java.lang.reflect.Field;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.cache.CacheLongKeyLIRS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2 keeps the chunks' tables of contents (where each of a chunk's pages lies) in a cache of a fixed megabyte, with no
 * setting for it. Dropping a collection frees its pages one by one, each looked up in its chunk's table, and a map's
 * pages lie in chunks all over the file: in the read models' file of the benchmark history (3 GB) the tables did not
 * fit, so nearly every lookup read its chunk's table from the file again (79 GB read and thrown away in the 15 s a
 * rebuild of the projections spent dropping their collections). Here the cache is made larger when a file is opened.
 */
final class Innehallsforteckningar {

    /**
     * Room for the tables of some 2 million pages (8 bytes each); used only as far as tables are read. The benchmark
     * history's files have 0.73 million pages in 1,865 chunks (events) and 0.98 million in 50 (read models), tables of
     * 5.8 and 7.9 MB.
     */
    static final long MINNE = 16L * 1024 * 1024;

    private static final Logger LOGG = LoggerFactory.getLogger(Innehallsforteckningar.class);

    private Innehallsforteckningar() {
    }

    /**
     * Gives the store's table cache {@link #MINNE} bytes, right after opening, before any other thread uses it.
     * False (and a warning) if this H2 keeps the cache elsewhere: the store works as before, only slower to drop.
     */
    static boolean storreCache(MVStore lager) {
        try {
            Field falt = FileStore.class.getDeclaredField("chunksToC");
            falt.setAccessible(true);
            CacheLongKeyLIRS<?> cache = (CacheLongKeyLIRS<?>) falt.get(lager.getFileStore());
            cache.setMaxMemory(MINNE);
            cache.clear(); // makes its segments' tables for the new size
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOGG.warn("H2:s cache för chunkarnas innehållsförteckningar kunde inte göras större: {}", e.toString());
            return false;
        }
    }
}
