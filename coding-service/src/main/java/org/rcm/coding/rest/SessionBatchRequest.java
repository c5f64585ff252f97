package org.rcm.coding.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Several documented sessions in one request, as an EHR's export sends them: documented all together or not at all.
 * A fault names its place, e.g. {@code sessions[3].minutes}.
 */
@Schema(name = "SessionBatchRequest")
public record SessionBatchRequest(
        @NotEmpty @Size(max = SessionBatchRequest.MAX) List<@Valid @NotNull SessionRequest> sessions) {
    /** The most sessions one request may carry (one transaction, one response). */
    public static final int MAX = 200;
}
