package se.kvalitetsledning.infra.synpunkt.publik;

import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The e-tjänst's own endpoint, open without login: the public form of another site or an app posts here. Each
 * client's posts are counted before the body is read ({@link PublikSkydd}).
 */
@RestController
@RequestMapping(PublikSynpunktApi.SOKVAG)
class PublikSynpunktApi {

    static final String SOKVAG = "/api/publik/synpunkter";

    private final SynpunktMottagning mottagning;

    PublikSynpunktApi(SynpunktMottagning mottagning) {
        this.mottagning = mottagning;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Mottagen lamna(@Valid @RequestBody NySynpunkt ny) {
        return mottagning.taEmot(ny);
    }

    @ExceptionHandler(ForMangaInlamningar.class)
    ResponseEntity<ProblemDetail> forManga(ForMangaInlamningar fel) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Det har kommit många synpunkter från din adress på kort tid. Försök igen om "
                        + fel.vantetid().iMinuter() + ".");
        problem.setTitle("För många inlämningar");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(fel.vantetid().sekunder()))
                .body(problem);
    }
}
