package se.kvalitetsledning.kategori;

import java.util.Set;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

@Revision("1")
public record KategoriRegistrerad(KategoriId id, String namn, String grupp, String exempel,
                                  Set<Kvalitetsomrade> kvalitetsomraden) {
}
