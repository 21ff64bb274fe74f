package se.kvalitetsledning.infra.webb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller that renders HTML pages, so {@link WebbFelhantering} answers its errors with a page and the
 * REST API's problem responses stay with the API.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Webbsida {
}
