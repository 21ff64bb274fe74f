package se.kvalitetsledning.infra.epost;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sender of reminder mails and the address the links in them start with. The mail server itself is Spring
 * Boot's {@code spring.mail.*}; without {@code spring.mail.host} no mail is sent.
 */
@ConfigurationProperties("kvalitetsledning.epost")
public record EpostEgenskaper(String fran, String basUrl) {

    public EpostEgenskaper {
        fran = fran == null ? "kvalitetsledning@localhost" : fran;
        basUrl = basUrl == null ? "http://localhost:8080" : basUrl.replaceAll("/+$", "");
    }
}
