package se.kvalitetsledning.infra.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.RegelBrott;

/**
 * Every refusal of the API as {@code application/problem+json}: a Swedish title and detail, and for bad input a
 * list {@code fel} of the fields and the rule each broke. Only for the API's controllers: the web UI shows its
 * errors next to the fields.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's own problem-details handler, which has no field list
class ApiFelhantering {

    record Faltfel(String falt, String regel) {
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail ogiltigtInnehall(MethodArgumentNotValidException e) {
        List<Faltfel> fel = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Faltfel(f.getField(), f.getDefaultMessage()))
                .toList();
        return ogiltig("Indata bryter mot reglerna för " + fel.size() + " fält", fel);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail olasbar(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mappning && !mappning.getPath().isEmpty()) {
            String falt = falt(mappning.getPath());
            String regel = mappning instanceof UnrecognizedPropertyException ? "okänt fält"
                    : mappning instanceof InvalidNullException ? "får inte vara null" : "fel typ eller format";
            return ogiltig("Fältet '" + falt + "': " + regel, List.of(new Faltfel(falt, regel)));
        }
        if (e.getCause() == null) {
            return ogiltig("Kroppen saknas: skicka ett JSON-objekt", List.of());
        }
        if (e.getCause() instanceof MismatchedInputException) {
            return ogiltig("Kroppen ska vara ett JSON-objekt", List.of());
        }
        return ogiltig("Kroppen är inte giltig JSON", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail felTyp(MethodArgumentTypeMismatchException e) {
        return ogiltig("Parametern '" + e.getName() + "' har fel format",
                List.of(new Faltfel(e.getName(), "fel format")));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail ogiltigaParametrar(HandlerMethodValidationException e) {
        List<Faltfel> fel = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(f -> new Faltfel(r.getMethodParameter().getParameterName(), f.getDefaultMessage())))
                .toList();
        return ogiltig("Parametrarna bryter mot reglerna för " + fel.size() + " fält", fel);
    }

    @ExceptionHandler(OgiltigIndata.class)
    ProblemDetail ogiltigIndata(OgiltigIndata e) {
        return ogiltig(e.getMessage(), List.of(new Faltfel(e.falt(), e.getMessage())));
    }

    @ExceptionHandler(JSR303ViolationException.class)
    ProblemDetail kommandoOgiltigt(JSR303ViolationException e) {
        List<Faltfel> fel = e.getViolations().stream()
                .map(v -> new Faltfel(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        return ogiltig("Kommandot bryter mot reglerna för " + fel.size() + " fält", fel);
    }

    @ExceptionHandler(VersionSaknas.class)
    ProblemDetail versionSaknas(VersionSaknas e) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_REQUIRED, "Version saknas", e.getMessage());
        problem.setProperties(Map.of("fel", List.of(new Faltfel("version", e.getMessage()))));
        return problem;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail parameterSaknas(MissingServletRequestParameterException e) {
        return ogiltig("Parametern '" + e.getParameterName() + "' saknas",
                List.of(new Faltfel(e.getParameterName(), "saknas")));
    }

    @ExceptionHandler(RegelBrott.class)
    ProblemDetail regelbrott(RegelBrott e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Regel hindrar åtgärden", e.getMessage());
    }

    @ExceptionHandler({BehorighetSaknas.class, AccessDeniedException.class})
    ProblemDetail behorighet(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "Behörighet saknas", e.getMessage());
    }

    /** Names the current version where it is known, so a client can read the case again and retry. */
    @ExceptionHandler({ConflictingAggregateVersionException.class, ConcurrencyException.class})
    ProblemDetail konflikt(RuntimeException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Ändrad av någon annan",
                "Ärendet har ändrats sedan du hämtade det. Hämta det igen och gör om ändringen.");
        if (e instanceof ConflictingAggregateVersionException versionskonflikt) {
            problem.setProperty("aktuellVersion", versionskonflikt.getActualVersion());
        }
        return problem;
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail finnsRedan(AggregateStreamCreationException e) {
        return problem(HttpStatus.CONFLICT, "Finns redan", "Det finns redan en post med den nyckeln.");
    }

    @ExceptionHandler({ArendeSaknas.class, AggregateNotFoundException.class})
    ProblemDetail saknas(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "Finns inte",
                e instanceof ArendeSaknas ? e.getMessage() : "Ärendet finns inte");
    }

    private static ProblemDetail ogiltig(String detalj, List<Faltfel> fel) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ogiltig indata", detalj);
        problem.setProperties(Map.of("fel", fel));
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String titel, String detalj) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detalj);
        problem.setTitle(titel);
        return problem;
    }

    /** A path into the body as a client writes it: {@code kvalitetsomraden[0]}, {@code a.b}. */
    private static String falt(List<JsonMappingException.Reference> sokvag) {
        StringBuilder falt = new StringBuilder();
        for (JsonMappingException.Reference del : sokvag) {
            if (del.getFieldName() == null) {
                falt.append('[').append(del.getIndex()).append(']');
            } else {
                falt.append(falt.isEmpty() ? "" : ".").append(del.getFieldName());
            }
        }
        return falt.toString();
    }
}
