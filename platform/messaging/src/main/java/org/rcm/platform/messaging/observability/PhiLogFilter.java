package org.rcm.platform.messaging.observability;

import io.quarkus.logging.LoggingFilter;
import org.jboss.logmanager.ExtLogRecord;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/** Log filter (quarkus.log.*.filter=phi-redaction) that masks PHI-looking values in every formatted message. */
@LoggingFilter(name = "phi-redaction")
public final class PhiLogFilter implements Filter {
    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            String formatted = ext.getFormattedMessage();
            String redacted = PhiRedactor.redact(formatted);
            if (redacted != null && !redacted.equals(formatted)) {
                ext.setMessage(redacted, ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
            }
        }
        return true;
    }
}
