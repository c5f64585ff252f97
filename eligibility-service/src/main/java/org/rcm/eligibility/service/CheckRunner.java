package org.rcm.eligibility.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.rcm.eligibility.benefits.BenefitsInterpreter;
import org.rcm.eligibility.benefits.Responses;
import org.rcm.eligibility.exchange.EligibilityExchange;
import org.rcm.platform.messaging.tenant.RequestMetadata;
import org.rcm.platform.x12.eligibility.EligibilityResponse;

import java.util.List;

/**
 * Runs leased checks: build the 270 for the current service type, exchange it through the gateway (outside any
 * transaction), interpret the 271, record the outcome; repeat along the service-type fallback. A scheduler picks
 * up new and retry-due checks; REST runs an on-demand check at once.
 */
@ApplicationScoped
public class CheckRunner {
    private static final Logger LOG = Logger.getLogger(CheckRunner.class);

    @Inject
    CheckSteps steps;
    @Inject
    EligibilityExchange exchange;
    @ConfigProperty(name = "rcm.eligibility.batch-size", defaultValue = "20")
    int batchSize;

    @Scheduled(every = "${rcm.eligibility.poll-interval:5s}", delayed = "${rcm.eligibility.poll-delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "eligibility-check-runner")
    void poll() {
        for (CheckSteps.Claimed c : steps.claimDue(batchSize)) {
            try {
                RequestMetadata.runAs(c.tenantId(), c.checkId(), null, () -> run(c.tenantId(), c.checkId(), null));
            } catch (RuntimeException e) {
                // the lease expires and the check is picked up again
                LOG.warnf("eligibility check %s failed (%s); lease will expire and it runs again", c.checkId(),
                        e.getClass().getSimpleName());
            }
        }
    }

    /** Runs one leased check to its next stopping point (answer, retry schedule or work item). */
    public void run(String tenant, String checkId, String callerToken) {
        for (int step = 0; step < 10; step++) {
            CheckSteps.Prepared p = steps.prepare(tenant, checkId);
            if (p == null) {
                return;
            }
            CheckSteps.StepResult result;
            try {
                byte[] answer = exchange.exchange(tenant, p.inquiry(), callerToken);
                List<EligibilityResponse> responses = Responses.read(answer);
                EligibilityResponse r = Responses.forTrace(responses, p.trace());
                result = r == null ? new CheckSteps.StepResult(null, "gateway answer holds no 271", null)
                        : new CheckSteps.StepResult(BenefitsInterpreter.interpret(r, p.serviceType()), null, null);
            } catch (EligibilityExchange.ExchangeUnavailable e) {
                result = new CheckSteps.StepResult(null, e.getMessage(), null);
            } catch (EligibilityExchange.ExchangeRejected e) {
                result = new CheckSteps.StepResult(null, null, e.status());
            }
            if (!steps.apply(tenant, checkId, p.serviceType(), result)) {
                return;
            }
        }
    }
}
