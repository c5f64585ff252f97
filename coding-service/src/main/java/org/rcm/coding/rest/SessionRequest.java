package org.rcm.coding.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A documented session as an EHR or a clinician submits it. */
@Schema(name = "SessionRequest")
public record SessionRequest(
        @NotBlank @Size(max = 64) String practiceId,
        @NotBlank @Size(max = 64) String renderingProviderId,
        @NotBlank @Size(max = 64) String patientId,
        @NotBlank @Size(max = 64) String payerId,
        @NotNull @PastOrPresent LocalDate dateOfService,
        LocalTime startTime,
        LocalTime endTime,
        @Min(0) @Max(1440) Integer minutes,
        @NotNull Modality modality,
        @NotNull PatientLocation patientLocation,
        @NotNull ServiceType serviceType,
        @Valid Participants participants,
        @NotEmpty @Size(max = 12)
        List<@NotBlank @Pattern(regexp = "[A-TV-Z][0-9][0-9AB](\\.?[0-9A-TV-Z]{1,4})?",
                message = "must be an ICD-10-CM code such as F41.1") String> diagnoses,
        @Size(max = 20000) String narrative,
        @Pattern(regexp = "99[0-9]{3}", message = "must be an E/M code such as 99213") String emCode) {

    public enum Modality { IN_PERSON, VIDEO, AUDIO_ONLY }

    public enum PatientLocation { HOME, NOT_HOME, OFFICE }

    public enum ServiceType {
        PSYCHOTHERAPY, EVALUATION, CRISIS, FAMILY, GROUP, EM_WITH_PSYCHOTHERAPY, IOP, BH_COUNSELING,
        THERAPEUTIC_BEHAVIORAL
    }

    public record Participants(boolean patientPresent, boolean familyPresent, @Min(0) @Max(50) int groupSize,
                               boolean interpreter) {
    }
}
