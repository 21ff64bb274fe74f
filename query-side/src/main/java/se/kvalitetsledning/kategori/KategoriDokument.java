package se.kvalitetsledning.kategori;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

@Document("kategori")
record KategoriDokument(@Id String id, String namn, String grupp, String exempel,
                        Set<Kvalitetsomrade> kvalitetsomraden, boolean aktiv, long version) {

    KategoriDokument avvecklad(long version) {
        return new KategoriDokument(id, namn, grupp, exempel, kvalitetsomraden, false, version);
    }

    KategoriInfo somInfo() {
        return new KategoriInfo(id, namn, grupp, exempel, kvalitetsomraden == null ? Set.of() : kvalitetsomraden,
                aktiv);
    }
}
