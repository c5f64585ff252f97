package org.rcm.claim.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rcm.platform.events.claim.ClaimSubmitted;

import java.math.BigDecimal;
import java.util.List;

/** Request bodies of the billing setup API. */
public final class SetupRequests {
    private SetupRequests() {
    }

    public record AddressRequest(@NotBlank @Size(max = 55) String line1, @Size(max = 55) String line2,
                                 @NotBlank @Size(max = 30) String city,
                                 @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a 2-letter state code") String state,
                                 @NotBlank @Pattern(regexp = "\\d{5}(\\d{4})?", message = "must be 5 or 9 digits") String postalCode) {
        ClaimSubmitted.Address toAddress() {
            return new ClaimSubmitted.Address(line1, line2, city, state, postalCode);
        }
    }

    @Schema(example = """
            {"name":"Calm Waters Counseling","npi":"1234567893","taxId":"271234567","taxIdType":"EIN",
             "taxonomy":"103T00000X","phone":"2175550100",
             "address":{"line1":"100 Main St","city":"Springfield","state":"IL","postalCode":"627011234"}}""")
    public record PracticeRequest(@NotBlank @Size(max = 120) String name,
                                  @NotBlank @Pattern(regexp = "\\d{10}", message = "must be 10 digits") String npi,
                                  @NotBlank @Pattern(regexp = "\\d{9}", message = "must be 9 digits") String taxId,
                                  @Pattern(regexp = "EIN|SSN", message = "must be EIN or SSN") String taxIdType,
                                  @NotBlank @Pattern(regexp = "[0-9A-Z]{9}X", message = "must be 9 letters/digits then X") String taxonomy,
                                  @Pattern(regexp = "\\d{10}", message = "must be 10 digits") String phone,
                                  @NotNull @Valid AddressRequest address, @Valid AddressRequest payTo) {
    }

    @Schema(example = """
            {"npi":"1497758544","taxonomy":"1041C0700X","lastName":"Rivera","firstName":"Ana","credentials":"LCSW"}""")
    public record ProviderRequest(@NotBlank @Pattern(regexp = "\\d{10}", message = "must be 10 digits") String npi,
                                  @NotBlank @Pattern(regexp = "[0-9A-Z]{9}X", message = "must be 9 letters/digits then X") String taxonomy,
                                  @NotBlank @Size(max = 60) String lastName, @NotBlank @Size(max = 35) String firstName,
                                  @Size(max = 20) String credentials, @Size(max = 64) String supervisingProviderId) {
    }

    @Schema(example = """
            {"name":"Example Health","clearinghousePayerId":"60054","claimFilingIndicator":"CI","timelyFilingDays":90,
             "telehealthProfile":"COMMERCIAL_95","priorAuthCodes":["90837"]}""")
    public record PayerRequest(@NotBlank @Size(max = 120) String name,
                               @NotBlank @Size(max = 80) String clearinghousePayerId,
                               @NotBlank @Pattern(regexp = "[0-9A-Z]{2}", message = "must be an SBR09 code") String claimFilingIndicator,
                               @Min(1) @Max(3650) int timelyFilingDays,
                               @Pattern(regexp = "COMMERCIAL_95|MEDICARE|GT|POS_ONLY|NOT_COVERED",
                                       message = "must be COMMERCIAL_95, MEDICARE, GT, POS_ONLY or NOT_COVERED") String telehealthProfile,
                               List<@Pattern(regexp = "[0-9A-Z]{5}", message = "must be a 5-character code") String> priorAuthCodes) {
    }

    @Schema(example = """
            {"code":"90837","modifier":null,"charge":180.00}""")
    public record FeeRequest(@NotBlank @Pattern(regexp = "[0-9A-Z]{5}", message = "must be a 5-character code") String code,
                             @Pattern(regexp = "[0-9A-Z]{2}", message = "must be a 2-character modifier") String modifier,
                             @NotNull @DecimalMin(value = "0.01") BigDecimal charge) {
    }
}
