package se.kvalitetsledning.infra.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A method or a content type that no endpoint takes, answered in Swedish. Spring refuses these while it looks for
 * the endpoint, before there is a controller for {@link ApiFelhantering} to speak for, so this advice is not
 * limited to the API; pages got Spring's English problem here before. Ordered after the page and API advice,
 * before Spring's own.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class IngenSlutpunkt {

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> felInnehallstyp(HttpMediaTypeNotSupportedException e) {
        return svar(e, ApiFelhantering.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Fel innehållstyp",
                "Skicka kroppen som application/json"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> felMetod(HttpRequestMethodNotSupportedException e) {
        return svar(e, ApiFelhantering.problem(HttpStatus.METHOD_NOT_ALLOWED, "Metoden stöds inte",
                "Metoden " + e.getMethod() + " stöds inte här"));
    }

    /** With the headers Spring would send, such as Allow. */
    private static ResponseEntity<ProblemDetail> svar(ErrorResponse fel, ProblemDetail problem) {
        return ResponseEntity.status(fel.getStatusCode()).headers(fel.getHeaders()).body(problem);
    }
}
