package se.kvalitetsledning.infra.atgard;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.infra.webb.Namnuppslag;

/** The backlog the actor may see, filtered as the board is, as an XLSX download for the page and the API alike. */
@Component
class AtgardExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AtgardTjanst tjanst;
    private final Namnuppslag namn;

    AtgardExport(AtgardTjanst tjanst, Namnuppslag namn) {
        this.tjanst = tjanst;
        this.namn = namn;
    }

    ResponseEntity<byte[]> exportera(Aktor aktor, AtgardTjanst.Filter filter) {
        var idag = tjanst.idag();
        byte[] innehall = AtgardXlsx.skriv(tjanst.listaHela(aktor, filter), namn.enhetsnamn(), idag);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("atgarder-" + idag + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(innehall);
    }
}
