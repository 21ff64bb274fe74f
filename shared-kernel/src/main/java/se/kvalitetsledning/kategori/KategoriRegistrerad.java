package se.kvalitetsledning.kategori;

import java.time.Instant;
import java.util.Set;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

@Revision("1")
public record KategoriRegistrerad(KategoriId id, String namn, String grupp, String exempel,
                                  Set<Kvalitetsomrade> kvalitetsomraden, Anvandare av, Instant tid) {
}
