package se.kvalitetsledning.infra.webb;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A mistyped address in the browser gets the Swedish 404 page rather than a JSON problem; the API and clients
 * that do not ask for HTML keep their problem responses, since this resolver then declines.
 */
@Component
class SidaSaknas implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest begaran, HttpServletResponse svar, Object hanterare,
                                         Exception fel) {
        if (!(fel instanceof NoResourceFoundException) || arApi(begaran) || !villHaHtml(begaran)) {
            return null;
        }
        ModelAndView sida = new ModelAndView("error/404");
        sida.setStatus(HttpStatus.NOT_FOUND);
        sida.addObject("status", HttpStatus.NOT_FOUND.value());
        return sida;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static boolean arApi(HttpServletRequest begaran) {
        return begaran.getRequestURI().startsWith(begaran.getContextPath() + "/api/");
    }

    private static boolean villHaHtml(HttpServletRequest begaran) {
        String accept = begaran.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
