package org.rcm.eligibility.benefits;

/**
 * A visit limitation (EB01 = F with EB09 VS).
 *
 * @param serviceTypes the EB03 service types it applies to
 * @param visits       EB10 when the period is a plan period, else null
 * @param remaining    EB10 when the period is 29 (remaining), else null
 * @param period       EB06 (23 calendar year, 29 remaining...)
 * @param network      Y, N or null
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
public record VisitLimit(java.util.List<String> serviceTypes, Integer visits, Integer remaining, String period,
                         String network) {
}
