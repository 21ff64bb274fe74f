package se.kvalitetsledning.kategori;

import org.axonframework.serialization.Revision;

@Revision("1")
public record KategoriAvvecklad(KategoriId id, String skal) {
}
