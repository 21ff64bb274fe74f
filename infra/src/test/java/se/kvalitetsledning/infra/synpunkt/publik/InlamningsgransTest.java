package se.kvalitetsledning.infra.synpunkt.publik;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import se.kvalitetsledning.infra.test.ForskjutbarKlocka;

class InlamningsgransTest {

    private final ForskjutbarKlocka klocka = ForskjutbarKlocka.stoppad(Instant.parse("2026-11-27T08:00:00Z"));

    @Test
    void tarEmotHogstMaxInomFonstretOchSagerHurLangeDetDrojer() {
        Inlamningsgrans grans = grans(3, 100);
        for (int i = 0; i < 3; i++) {
            assertThat(grans.forsok("192.0.2.1").ingen()).isTrue();
            klocka.forskjut(Duration.ofMinutes(1));
        }
        Vantetid vantetid = grans.forsok("192.0.2.1");
        assertThat(vantetid.ingen()).isFalse();
        assertThat(vantetid.tid()).isEqualTo(Duration.ofMinutes(7));
        assertThat(vantetid.iMinuter()).isEqualTo("7 minuter");
        assertThat(grans.forsok("192.0.2.2").ingen()).as("another client").isTrue();
    }

    @Test
    void fonstretGliderSaEnPlatsBlirLedigNarDenAldstaInlamningenAldras() {
        Inlamningsgrans grans = grans(2, 100);
        grans.forsok("192.0.2.1");
        klocka.forskjut(Duration.ofMinutes(5));
        grans.forsok("192.0.2.1");
        klocka.forskjut(Duration.ofMinutes(5));
        assertThat(grans.forsok("192.0.2.1").ingen()).as("the first is ten minutes old").isTrue();
        assertThat(grans.forsok("192.0.2.1").ingen()).as("the second is five minutes old").isFalse();
    }

    @Test
    void avvisadeForsokRaknasInteSaDenSomVantarKommerIgenom() {
        Inlamningsgrans grans = grans(1, 100);
        grans.forsok("192.0.2.1");
        for (int i = 0; i < 50; i++) {
            grans.forsok("192.0.2.1");
        }
        klocka.forskjut(Duration.ofMinutes(10));
        assertThat(grans.forsok("192.0.2.1").ingen()).isTrue();
    }

    @Test
    void enIpv6AdressRaknasTillSittNat() {
        Inlamningsgrans grans = grans(1, 100);
        assertThat(grans.forsok("2001:db8:0:1:0:0:0:1").ingen()).isTrue();
        assertThat(grans.forsok("2001:db8:0:1:ffff:1:2:3").ingen()).as("the same /64").isFalse();
        assertThat(grans.forsok("2001:db8:0:2::1").ingen()).as("another /64").isTrue();
        assertThat(Inlamningsgrans.klient("2001:db8:0:1::9")).isEqualTo("20010db800000001::/64");
        assertThat(Inlamningsgrans.klient("192.0.2.1")).isEqualTo("192.0.2.1");
    }

    @Test
    void minnsHogstMaxKlienterOchGlommerDenSomSagsForstTidigast() {
        Inlamningsgrans grans = grans(1, 2);
        grans.forsok("192.0.2.1");
        grans.forsok("192.0.2.2");
        grans.forsok("192.0.2.1");
        grans.forsok("192.0.2.3");
        assertThat(grans.forsok("192.0.2.1").ingen()).as("still remembered").isFalse();
        assertThat(grans.forsok("192.0.2.2").ingen()).as("forgotten, so it starts afresh").isTrue();
    }

    private Inlamningsgrans grans(int max, int maxKlienter) {
        return new Inlamningsgrans(new PublikEgenskaper(max, Duration.ofMinutes(10), maxKlienter,
                DataSize.ofKilobytes(128)), klocka);
    }
}
