package se.kvalitetsledning.infra.synpunkt.publik;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What guards the public endpoints before anything is read: the size of the body (both), and for the API each
 * client's count of posts, taken before the body is parsed so that a flood of garbage is counted too. The page
 * counts its posts itself, so it can keep what the sender wrote when it refuses one.
 */
@Configuration(proxyBeanMethods = false)
class PublikSkydd implements WebMvcConfigurer {

    private final Inlamningsgrans grans;

    PublikSkydd(Inlamningsgrans grans) {
        this.grans = grans;
    }

    /** Before Spring Security, so an oversized post costs neither a session nor a CSRF check. */
    @Bean
    FilterRegistrationBean<Kroppsgrans> kroppsgrans(PublikEgenskaper egenskaper) {
        FilterRegistrationBean<Kroppsgrans> registrering =
                new FilterRegistrationBean<>(new Kroppsgrans(egenskaper.maxKropp().toBytes()));
        registrering.addUrlPatterns(PublikSynpunktSida.SOKVAG, PublikSynpunktApi.SOKVAG);
        registrering.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registrering;
    }

    @Override
    public void addInterceptors(InterceptorRegistry register) {
        register.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest begaran, HttpServletResponse svar, Object hanterare) {
                if ("POST".equals(begaran.getMethod())) {
                    Vantetid vantetid = grans.forsok(begaran.getRemoteAddr());
                    if (!vantetid.ingen()) {
                        throw new ForMangaInlamningar(vantetid);
                    }
                }
                return true;
            }
        }).addPathPatterns(PublikSynpunktApi.SOKVAG);
    }
}
