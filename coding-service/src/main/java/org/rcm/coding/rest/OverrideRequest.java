package org.rcm.coding.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rcm.coding.domain.codeset.IcdCode;
import org.rcm.coding.service.CodingService;
import org.rcm.platform.events.coding.CodesAssigned;

import java.util.List;

/** A coder's replacement codes; the reason is stored in the audit trail and sent with CodesAssigned. */
@Schema(name = "CodeOverride")
public record OverrideRequest(
        @NotNull @Pattern(regexp = "\\d{2}", message = "must be a two-digit place of service") String placeOfService,
        @NotEmpty @Size(max = 12)
        List<@NotBlank @Pattern(regexp = "[A-TV-Z][0-9][0-9AB](\\.?[0-9A-TV-Z]{1,4})?",
                message = "must be an ICD-10-CM code such as F41.1") String> diagnoses,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull Line> lines,
        @NotBlank @Size(min = 10, max = 2000, message = "a reason of 10 to 2000 characters is required")
        String reason) {

    /** One line: CPT/HCPCS code, up to four modifiers, units and 1-based pointers into diagnoses. */
    public record Line(
            @NotNull @Pattern(regexp = "[0-9]{4}[0-9A-Z]|[A-V][0-9]{4}", message = "must be a CPT or HCPCS code")
            String code,
            @Size(max = 4) List<@Pattern(regexp = "[A-Z0-9]{2}", message = "must be a two-character modifier")
                    String> modifiers,
            @Min(1) @Max(999) int units,
            @Min(0) @Max(1440) Integer minutes,
            @Size(max = 4) List<@NotNull @Min(1) @Max(12) Integer> diagnosisPointers) {
    }

    CodingService.CodeChange toChange() {
        List<String> dx = diagnoses.stream().map(d -> IcdCode.dotted(IcdCode.undotted(d))).toList();
        List<CodesAssigned.CodedLine> coded = lines.stream().map(l -> new CodesAssigned.CodedLine(l.code(),
                l.modifiers() == null ? List.of() : l.modifiers(), l.units(), l.minutes(),
                l.diagnosisPointers() == null || l.diagnosisPointers().isEmpty() ? List.of(1) : l.diagnosisPointers(),
                "CODER-OVERRIDE", "coder override", null, null)).toList();
        return new CodingService.CodeChange(placeOfService, dx, coded, reason);
    }
}
