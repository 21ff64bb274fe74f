package se.kvalitetsledning.avvikelse;

/** Where an avvikelse is counted: enhet, month (yyyy-MM), category and kvalitetsområde. */
record Rakningsnyckel(String enhet, String manad, String kategori, String kvalitetsomrade) {

    String id() {
        return String.join("|", enhet, manad, kategori, kvalitetsomrade);
    }
}
