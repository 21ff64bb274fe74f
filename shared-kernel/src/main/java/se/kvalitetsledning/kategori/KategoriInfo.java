package se.kvalitetsledning.kategori;

import java.util.Set;

import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

public record KategoriInfo(String id, String namn, String grupp, String exempel,
                           Set<Kvalitetsomrade> kvalitetsomraden, boolean aktiv) {
}
