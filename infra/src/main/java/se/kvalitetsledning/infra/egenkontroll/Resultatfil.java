package se.kvalitetsledning.infra.egenkontroll;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer;
import se.kvalitetsledning.gemensamt.RegelBrott;

/** A check's result as an XLSX download, the same from the API and from the page. */
final class Resultatfil {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Resultatfil() {
    }

    /** The result, or the result so far while the check is performed; none before the sample is drawn. */
    static ResponseEntity<byte[]> svar(EgenkontrollDetaljer kontroll, String enhetsnamn) {
        if (kontroll.resultat() == null && kontroll.preliminartResultat() == null) {
            throw new RegelBrott("Egenkontrollen har inget resultat ännu: stickprovet är inte draget");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("egenkontroll-" + kontroll.enhet() + "-" + kontroll.manad() + ".xlsx",
                                StandardCharsets.UTF_8).build().toString())
                .body(EgenkontrollXlsx.skriv(kontroll, enhetsnamn));
    }
}
