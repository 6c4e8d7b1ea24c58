package org.fellowflow.recruitment;

import java.net.URI;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl where the public reaches Fellowflow; candidates' private links start with it
 * @param recruitment how long an offer stays open before it lapses ({@code offer-valid-for}), and how long a
 *        candidate's private link keeps working after their application ended ({@code status-link-valid-after-end})
 */
@ConfigurationProperties("fellowflow")
public record RecruitmentProperties(@DefaultValue("http://localhost:8080") URI publicUrl, Recruitment recruitment) {

    public record Recruitment(@DefaultValue("P14D") Period offerValidFor,
            @DefaultValue("P90D") Period statusLinkValidAfterEnd) {
    }

    public RecruitmentProperties {
        if (recruitment == null) {
            recruitment = new Recruitment(Period.ofDays(14), Period.ofDays(90));
        }
    }

    String statusLink(String token) {
        return publicUrl.toString().replaceAll("/$", "") + "/status/" + token;
    }
}
