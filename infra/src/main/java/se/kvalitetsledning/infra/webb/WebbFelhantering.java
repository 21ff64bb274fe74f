package se.kvalitetsledning.infra.webb;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.infra.api.ArendeSaknas;

/**
 * For the pages: blank form fields are empty, a value of the wrong type is a Swedish field error, and what
 * escapes a page controller becomes a Swedish error page with the right status, never a stack trace. Ordered
 * first so the API's problem responses do not answer a page.
 */
@ControllerAdvice(annotations = Webbsida.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebbFelhantering {

    private static final Logger LOGG = LoggerFactory.getLogger(WebbFelhantering.class);

    @InitBinder
    void formular(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.setBindingErrorProcessor(new Bindningsfel());
    }

    @ExceptionHandler({ArendeSaknas.class, AggregateNotFoundException.class})
    ModelAndView saknas(RuntimeException fel) {
        return sida(HttpStatus.NOT_FOUND);
    }

    /** A path that is not an id names nothing that exists. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView felTyp(MethodArgumentTypeMismatchException fel) {
        return sida(fel.getParameter().hasParameterAnnotation(PathVariable.class)
                ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler({BehorighetSaknas.class, AccessDeniedException.class})
    ModelAndView behorighet(RuntimeException fel) {
        return sida(HttpStatus.FORBIDDEN);
    }

    /** A rule broken outside a form, e.g. asking for a document the case does not have yet. */
    @ExceptionHandler(RegelBrott.class)
    ModelAndView regel(RegelBrott fel) {
        return sida(HttpStatus.UNPROCESSABLE_ENTITY).addObject("orsak", fel.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView ovrigt(Exception fel) {
        if (fel instanceof ErrorResponse svar) {
            return sida(svar.getStatusCode());
        }
        LOGG.error("Oväntat fel på en webbsida", fel);
        return sida(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static ModelAndView sida(HttpStatusCode status) {
        String vy = switch (status.value()) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            default -> status.is4xxClientError() ? "error/4xx" : "error/500";
        };
        ModelAndView sida = new ModelAndView(vy);
        sida.setStatus(status);
        sida.addObject("status", status.value());
        return sida;
    }
}
