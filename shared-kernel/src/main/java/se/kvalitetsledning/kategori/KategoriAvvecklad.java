package se.kvalitetsledning.kategori;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

@Revision("1")
public record KategoriAvvecklad(KategoriId id, String skal, Anvandare av, Instant tid) {
}
