package se.kvalitetsledning.infra.synpunkt.publik;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * How many posts each client has made to the public e-tjänst lately: at most {@code maxInlamningar} per sliding
 * window. Held in memory per application instance, for at most {@code maxKlienter} clients, the least recently seen
 * forgotten first, so a flood from many addresses cannot make it grow without bound.
 */
@Component
class Inlamningsgrans {

    private final int max;
    private final long fonster;
    private final Clock clock;
    private final Map<String, Fonster> klienter;

    Inlamningsgrans(PublikEgenskaper egenskaper, Clock clock) {
        this.max = egenskaper.maxInlamningar();
        this.fonster = egenskaper.fonster().toMillis();
        this.clock = clock;
        int maxKlienter = egenskaper.maxKlienter();
        this.klienter = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Fonster> aldsta) {
                return size() > maxKlienter;
            }
        };
    }

    /**
     * Counts a post from {@code adress} if the client has room for one.
     *
     * @return none when the post may go ahead, otherwise how long until it may
     */
    synchronized Vantetid forsok(String adress) {
        long nu = clock.millis();
        long kvar = klienter.computeIfAbsent(klient(adress), k -> new Fonster(max, nu - fonster)).forsok(nu, fonster);
        return kvar == 0 ? Vantetid.INGEN : new Vantetid(Duration.ofMillis(kvar));
    }

    /** An IPv6 host usually has a whole /64 to pick addresses from, so that is one client. */
    static String klient(String adress) {
        if (adress.indexOf(':') < 0) {
            return adress;
        }
        try {
            byte[] byten = InetAddress.getByName(adress).getAddress();
            return byten.length == 16 ? HexFormat.of().formatHex(byten, 0, 8) + "::/64" : adress;
        } catch (UnknownHostException e) {
            return adress;
        }
    }

    /** The times of the client's last {@code max} accepted posts, oldest at {@code nasta}. */
    private static final class Fonster {

        private final long[] tider;
        private int nasta;

        Fonster(int max, long utgangen) {
            tider = new long[max];
            Arrays.fill(tider, utgangen);
        }

        long forsok(long nu, long fonster) {
            long kvar = tider[nasta] + fonster - nu;
            if (kvar > 0) {
                return kvar;
            }
            tider[nasta] = nu;
            nasta = (nasta + 1) % tider.length;
            return 0;
        }
    }
}
