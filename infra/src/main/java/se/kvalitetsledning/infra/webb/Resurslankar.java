package se.kvalitetsledning.infra.webb;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links are written as they are. With a webjar locator on the class path Spring Boot turns on the resource chain, and
 * Thymeleaf's auto-configuration then registers a filter, unless one is registered already, that passes every link a
 * page writes through the static resource resolvers; a link to a page is
 * no resource, is looked for in every static location on the class path and, being a miss, is not cached. On the
 * list of avvikelser that was a third of the page's CPU. Nothing needs the rewriting: the webjars' version-free
 * paths are resolved when the browser asks for them.
 */
@Configuration(proxyBeanMethods = false)
class Resurslankar {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resurslankarOforandrade() {
        var registrering = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registrering.setEnabled(false);
        return registrering;
    }
}
