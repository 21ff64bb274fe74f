package se.kvalitetsledning.infra.sakerhet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic for {@code /api} (stateless, no session, so no CSRF token to carry) and form login with CSRF
 * protection for the web UI; the same users for both. The public e-tjänst for synpunkter, its page and its API
 * endpoint, is open to anyone.
 */
@Configuration(proxyBeanMethods = false)
class SakerhetsKonfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/publik/synpunkter").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Kvalitetsledning"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webb(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/logga-in", "/css/**", "/webjars/**", "/favicon.ico", "/error",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health").permitAll()
                        .requestMatchers("/synpunkter/lamna", "/synpunkter/lamna/kvitto").permitAll()
                        .anyRequest().authenticated())
                // the public form is open to anyone, so a forged cross-site post gains nothing a direct one would
                // not, and a sender whose session expired while writing must not lose the text to a 403
                .csrf(csrf -> csrf.ignoringRequestMatchers("/synpunkter/lamna"))
                .formLogin(form -> form.loginPage("/logga-in").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logga-ut").logoutSuccessUrl("/logga-in?utloggad"))
                .build();
    }
}
