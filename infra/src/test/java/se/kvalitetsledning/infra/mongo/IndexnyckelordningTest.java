package se.kvalitetsledning.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/** The shortcut must order every pair of keys exactly as H2's comparison of their serialized bytes does. */
class IndexnyckelordningTest {

    private final Indexnyckelordning ordning = new Indexnyckelordning();
    private final Random slump = new Random(20261127);

    @Test
    void ordnarSomDeSerialiseradeBytenaForStrangarTalOchAndraNycklar() {
        List<KeyValue> nycklar = new ArrayList<>();
        for (String s : List.of("", "a", "b", "ab", "ba", "Z", "\u0000", "a\u0000", "å", "ä", "ö", "Å", "€", "\uD83D\uDE00",
                "AVVIKELSE:3f2a", "eken|2026", "eken|2026-03", "\u007F", "\u0080", "\u07FF", "\u0800", "x".repeat(70_000),
                "y".repeat(65_535), "å".repeat(40_000))) {
            nycklar.add(new KeyValue(s));
        }
        for (int i = 0; i < 300; i++) {
            nycklar.add(new KeyValue(slumpstrang()));
        }
        for (double d : new double[] {0.0, -0.0, 1.0, -1.0, 1.5, 1e300, -1e300, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 145_000, 145_001}) {
            nycklar.add(new KeyValue(d));
        }
        for (int i = 0; i < 100; i++) {
            nycklar.add(new KeyValue(slump.nextDouble() * 1e6 - 5e5));
            nycklar.add(new KeyValue(slump.nextLong()));
            nycklar.add(new KeyValue(slump.nextInt()));
        }
        nycklar.add(new KeyValue(Long.MIN_VALUE));
        nycklar.add(new KeyValue(Long.MAX_VALUE));
        nycklar.add(new KeyValue(Integer.MIN_VALUE));
        for (int i = 0; i < 60; i++) {
            nycklar.add(new KeyValue("processor-" + slump.nextInt(3), slump.nextInt(4)));
            nycklar.add(new KeyValue(slumpstrang(), slumpstrang()));
            nycklar.add(new KeyValue(slump.nextLong(5), "x" + slump.nextInt(3), (double) slump.nextInt(3)));
        }
        nycklar.add(new KeyValue("a", "b"));
        nycklar.add(new KeyValue("a", 1.0));
        nycklar.add(new KeyValue("a", 1));
        nycklar.add(new KeyValue(new ObjectId()));
        nycklar.add(new KeyValue(true));

        int jamforda = 0;
        for (KeyValue a : nycklar) {
            for (KeyValue b : nycklar) {
                int vantat = ObjectDataType.compareNotNull(ObjectDataType.serialize(a), ObjectDataType.serialize(b));
                assertThat(Integer.signum(ordning.compare(a, b))).as("%s mot %s", kort(a), kort(b)).isEqualTo(vantat);
                jamforda++;
            }
        }
        assertThat(jamforda).isGreaterThan(250_000);
    }

    @Test
    void likaNycklarArLikaAvenSomOlikaObjekt() {
        assertThat(ordning.compare(new KeyValue(new String("eken|2026")), new KeyValue("eken|2026"))).isZero();
        assertThat(ordning.compare(new KeyValue(145_000.0), new KeyValue(145_000.0))).isZero();
    }

    /** A key read back has the same values of the same classes, whichever form it was written in. */
    @Test
    void enNyckelLasesTillbakaMedSammaVardenAvSammaKlasser() {
        List<KeyValue> nycklar = new ArrayList<>(List.of(new KeyValue("eken|2026-03"), new KeyValue("å€\uD83D\uDE00"),
                new KeyValue(145_000.0), new KeyValue(-0.0), new KeyValue(Long.MIN_VALUE), new KeyValue(7),
                new KeyValue("processor-1", 0), new KeyValue(new ObjectId(), true, null),
                new KeyValue(UUID.randomUUID(), Instant.parse("2026-11-27T22:00:00.123Z"))));
        for (KeyValue nyckel : nycklar) {
            ByteBuffer skrivet = skriv(nyckel);
            assertThat(skrivet.get(0)).as("%s som BSON", nyckel).isEqualTo(Dokumenttyp.BSON);
            lasesTillbakaLika(nyckel, skrivet);
        }

        KeyValue utanBson = new KeyValue(List.of("a", "b"), new de.bwaldvogel.mongo.bson.Document("x", 1));
        ByteBuffer skrivet = skriv(utanBson);
        assertThat(skrivet.get(0)).isNotEqualTo(Dokumenttyp.BSON);
        lasesTillbakaLika(utanBson, skrivet);

        WriteBuffer gammal = new WriteBuffer();
        new ObjectDataType().write(gammal, nycklar.get(6));
        lasesTillbakaLika(nycklar.get(6), gammal.getBuffer().flip());
    }

    private ByteBuffer skriv(KeyValue nyckel) {
        WriteBuffer buffert = new WriteBuffer();
        ordning.write(buffert, nyckel);
        return buffert.getBuffer().flip();
    }

    private void lasesTillbakaLika(KeyValue nyckel, ByteBuffer skrivet) {
        KeyValue tillbaka = (KeyValue) ordning.read(skrivet);
        assertThat(skrivet.hasRemaining()).isFalse();
        assertThat(tillbaka).isEqualTo(nyckel);
        assertThat(ordning.compare(tillbaka, nyckel)).isZero();
        for (int i = 0; i < nyckel.size(); i++) {
            Object varde = nyckel.get(i);
            assertThat(tillbaka.get(i) == null ? null : tillbaka.get(i).getClass())
                    .isEqualTo(varde == null ? null : varde.getClass());
        }
    }

    /** Strings over the ranges modified UTF-8 encodes differently: 1–127, 0 and 128–2047, and the rest. */
    private String slumpstrang() {
        char[] tecken = new char[slump.nextInt(12)];
        for (int i = 0; i < tecken.length; i++) {
            tecken[i] = switch (slump.nextInt(4)) {
                case 0, 1 -> (char) ('a' + slump.nextInt(4));
                case 2 -> (char) slump.nextInt(0x800);
                default -> (char) slump.nextInt(0x10000);
            };
        }
        return new String(tecken);
    }

    private static String kort(KeyValue nyckel) {
        String text = nyckel.toString();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
