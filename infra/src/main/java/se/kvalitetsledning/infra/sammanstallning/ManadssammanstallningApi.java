package se.kvalitetsledning.infra.sammanstallning;

import java.time.YearMonth;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.kvalitetsledning.infra.sakerhet.InloggadAnvandare;

/**
 * The monthly summary for a month and a scope (at most one of förvaltning, verksamhetsområde and enhet; none is the
 * whole organisation), as JSON, as PDF for the minutes and as XLSX with the numbers.
 */
@RestController
@RequestMapping("/api/manadssammanstallning")
class ManadssammanstallningApi {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ManadssammanstallningTjanst tjanst;
    private final ManadssammanstallningDokument dokument;

    ManadssammanstallningApi(ManadssammanstallningTjanst tjanst, ManadssammanstallningDokument dokument) {
        this.tjanst = tjanst;
        this.dokument = dokument;
    }

    @GetMapping
    Manadssammanstallning hamta(@AuthenticationPrincipal InloggadAnvandare anvandare, @RequestParam YearMonth manad,
                                @RequestParam(required = false) String forvaltning,
                                @RequestParam(required = false) String verksamhetsomrade,
                                @RequestParam(required = false) String enhet) {
        return tjanst.bygg(manad, tjanst.omfattning(anvandare.aktor(), forvaltning, verksamhetsomrade, enhet));
    }

    @GetMapping("/pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal InloggadAnvandare anvandare, @RequestParam YearMonth manad,
                               @RequestParam(required = false) String forvaltning,
                               @RequestParam(required = false) String verksamhetsomrade,
                               @RequestParam(required = false) String enhet) {
        var sammanstallning = hamta(anvandare, manad, forvaltning, verksamhetsomrade, enhet);
        return fil(dokument.pdf(sammanstallning), MediaType.APPLICATION_PDF, filnamn(sammanstallning, "pdf"));
    }

    @GetMapping("/xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal InloggadAnvandare anvandare, @RequestParam YearMonth manad,
                                @RequestParam(required = false) String forvaltning,
                                @RequestParam(required = false) String verksamhetsomrade,
                                @RequestParam(required = false) String enhet) {
        var sammanstallning = hamta(anvandare, manad, forvaltning, verksamhetsomrade, enhet);
        return fil(ManadssammanstallningXlsx.skriv(sammanstallning), XLSX, filnamn(sammanstallning, "xlsx"));
    }

    static String filnamn(Manadssammanstallning s, String andelse) {
        var omfattning = s.omfattning().id() == null ? "hela" : s.omfattning().id();
        return "manadssammanstallning-" + s.manad() + "-" + omfattning + "." + andelse;
    }

    static ResponseEntity<byte[]> fil(byte[] innehall, MediaType typ, String filnamn) {
        return ResponseEntity.ok().contentType(typ)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filnamn).build().toString())
                .body(innehall);
    }
}
