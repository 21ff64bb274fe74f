package se.kvalitetsledning.kategori;

/** Asks for the whole catalogue, retired categories included; answered with a list of {@link KategoriInfo}. */
public record ListaKategorier() {
}
