package se.kvalitetsledning.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Path;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.cache.CacheLongKeyLIRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's files open with a larger cache of the chunks' tables of contents, and a map whose pages lie
 * in many chunks is dropped whole with it.
 */
class InnehallsforteckningarTest {

    @TempDir
    Path katalog;

    @Test
    void enFilOppnasMedDenStorreCachen() throws ReflectiveOperationException {
        MVStore lager = InbyggdMongoServer.oppnaFil(katalog.resolve("fil.mv.db"));
        try {
            Field falt = FileStore.class.getDeclaredField("chunksToC");
            falt.setAccessible(true);
            CacheLongKeyLIRS<?> cache = (CacheLongKeyLIRS<?>) falt.get(lager.getFileStore());
            assertThat(cache.getMaxMemory()).isEqualTo(Innehallsforteckningar.MINNE);
        } finally {
            lager.close();
        }
    }

    @Test
    void enKartaIMangaChunkarTasBortHelOchDeAndraFinnsKvar() {
        Path fil = katalog.resolve("fil.mv.db");
        MVStore lager = InbyggdMongoServer.oppnaFil(fil);
        MVMap<String, String> borttagen = lager.openMap("borttagen");
        MVMap<String, String> kvar = lager.openMap("kvar");
        for (int chunk = 0; chunk < 50; chunk++) {
            for (int i = 0; i < 200; i++) {
                borttagen.put(chunk + "-" + i, "värde " + i);
                kvar.put(chunk + "-" + i, "kvar " + i);
            }
            lager.commit();
        }
        lager.removeMap(borttagen);
        lager.commit();
        lager.close();

        MVStore igen = InbyggdMongoServer.oppnaFil(fil);
        try {
            assertThat(igen.hasMap("borttagen")).isFalse();
            MVMap<String, String> kvarIgen = igen.openMap("kvar");
            assertThat(kvarIgen.size()).isEqualTo(50 * 200);
            assertThat(kvarIgen.get("49-199")).isEqualTo("kvar 199");
        } finally {
            igen.close();
        }
    }
}
