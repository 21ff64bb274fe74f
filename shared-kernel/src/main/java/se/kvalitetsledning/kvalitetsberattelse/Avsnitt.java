package se.kvalitetsledning.kvalitetsberattelse;

/** The sections of a kvalitetsberättelse, in the order of the regulation (SOSFS 2011:9, HSLF-FS 2023:27). */
public enum Avsnitt {
    LEDNINGSSYSTEM("Ledningssystem och ansvar"),
    PROCESSER("Processer och rutiner"),
    SAMVERKAN("Samverkan"),
    RISKANALYSER("Riskanalyser"),
    EGENKONTROLLER("Egenkontroller"),
    AVVIKELSER("Avvikelser"),
    LEX_SARAH("Lex Sarah"),
    SYNPUNKTER("Synpunkter och klagomål"),
    ATGARDER("Åtgärder"),
    PERSONALENS_MEDVERKAN("Personalens medverkan"),
    MAL_OCH_RESULTAT("Mål och resultat"),
    MAL_KOMMANDE_AR("Mål för kommande år");

    private final String rubrik;

    Avsnitt(String rubrik) {
        this.rubrik = rubrik;
    }

    public String rubrik() {
        return rubrik;
    }
}
