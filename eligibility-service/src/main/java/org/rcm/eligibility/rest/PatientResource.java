package org.rcm.eligibility.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rcm.eligibility.domain.Patient;
import org.rcm.eligibility.domain.PatientCoverage;
import org.rcm.eligibility.service.PatientService;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.platform.messaging.web.Roles;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@Path("/patients")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PatientResource {
    /** Letters, digits and punctuation an X12 inquiry can carry (no * ~ : ^ separators). */
    static final String TEXT = "[^*~:^\\p{Cntrl}]*";

    @Inject
    TenantContext tenants;
    @Inject
    PatientService patients;

    public record AddressIn(@Size(max = 55) @Pattern(regexp = TEXT) String line1,
                            @Size(max = 55) @Pattern(regexp = TEXT) String line2,
                            @Size(max = 30) @Pattern(regexp = TEXT) String city,
                            @Pattern(regexp = "[A-Z]{2}") String state,
                            @Pattern(regexp = "\\d{5}(\\d{4})?") String postalCode) {
        ClaimSubmitted.Address toAddress() {
            return new ClaimSubmitted.Address(line1, line2, city, state, postalCode);
        }
    }

    public record SubscriberIn(@NotBlank @Size(max = 60) @Pattern(regexp = TEXT) String lastName,
                               @NotBlank @Size(max = 35) @Pattern(regexp = TEXT) String firstName,
                               @Past LocalDate dateOfBirth, @Pattern(regexp = "[FMU]") String gender,
                               @Valid AddressIn address) {
    }

    /** order: 1 primary, 2 secondary, 3 tertiary. relationship: the patient's to the subscriber (18 self). */
    public record CoverageIn(@NotBlank @Size(max = 64) @Pattern(regexp = TEXT) String payerId,
                             @Size(max = 60) @Pattern(regexp = TEXT) String payerName,
                             @Min(1) @Max(3) int order,
                             @NotBlank @Size(max = 80) @Pattern(regexp = TEXT) String memberId,
                             @Size(max = 50) @Pattern(regexp = TEXT) String groupNumber,
                             @NotBlank String relationship, @Valid SubscriberIn subscriber,
                             LocalDate effectiveFrom, LocalDate effectiveTo) {
        PatientService.NewCoverage toNew() {
            ClaimSubmitted.Person s = subscriber == null ? null : new ClaimSubmitted.Person(memberId, groupNumber,
                    subscriber.lastName(), subscriber.firstName(), subscriber.dateOfBirth(), subscriber.gender(),
                    subscriber.address() == null ? null : subscriber.address().toAddress());
            return new PatientService.NewCoverage(payerId, payerName, order, memberId, groupNumber, relationship, s,
                    effectiveFrom, effectiveTo);
        }
    }

    public record DemographicsIn(@Size(max = 64) String practiceId,
                                 @NotBlank @Size(max = 60) @Pattern(regexp = TEXT) String lastName,
                                 @NotBlank @Size(max = 35) @Pattern(regexp = TEXT) String firstName,
                                 @NotNull @Past LocalDate dateOfBirth, @NotNull @Pattern(regexp = "[FMU]") String gender,
                                 @Valid AddressIn address, boolean consentToBill, LocalDate consentSignedOn) {
        PatientService.Demographics toDemographics() {
            return new PatientService.Demographics(practiceId, lastName, firstName, dateOfBirth, gender,
                    address == null ? null : address.toAddress(), consentToBill, consentSignedOn);
        }
    }

    public record RegistrationIn(@NotNull @Valid DemographicsIn patient,
                                 @Size(max = 3) List<@Valid @NotNull CoverageIn> coverages) {
    }

    public record CoveragesIn(@NotNull @Size(max = 3) List<@Valid @NotNull CoverageIn> coverages) {
    }

    public record CoverageView(String id, int order, String payerId, String payerName, String memberId,
                               String groupNumber, String relationship, ClaimSubmitted.Person subscriber,
                               LocalDate effectiveFrom, LocalDate effectiveTo) {
        static CoverageView of(PatientCoverage c) {
            return new CoverageView(c.id, c.order, c.payerId, c.payerName, c.memberId, c.groupNumber, c.relationship,
                    c.subscriber, c.effectiveFrom, c.effectiveTo);
        }
    }

    public record PatientView(String id, String practiceId, String lastName, String firstName, LocalDate dateOfBirth,
                              String gender, ClaimSubmitted.Address address, boolean consentToBill,
                              LocalDate consentSignedOn, List<CoverageView> coverages) {
        static PatientView of(Patient p, List<PatientCoverage> cs) {
            return new PatientView(p.id, p.practiceId, p.lastName, p.firstName, p.dateOfBirth, p.gender, p.address,
                    p.consentToBill, p.consentSignedOn, cs.stream().map(CoverageView::of).toList());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.INTEGRATOR})
    @Transactional
    @Operation(summary = "Register a patient with coverages in order; 409 for a likely duplicate (name + DOB + member id)")
    public Response register(@Valid @NotNull RegistrationIn in) {
        List<PatientService.NewCoverage> cs = in.coverages() == null ? List.of()
                : in.coverages().stream().map(CoverageIn::toNew).toList();
        Patient p = patients.register(in.patient().toDemographics(), cs);
        return Response.created(URI.create("/patients/" + p.id))
                .entity(PatientView.of(p, PatientCoverage.ofPatient(p.tenantId, p.id))).build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "A patient with coverages in order")
    public PatientView get(@PathParam("id") String id) {
        String tenant = tenants.current();
        Patient p = Patient.findForTenant(tenant, id).orElseThrow(() -> ApiException.notFound("patient"));
        return PatientView.of(p, PatientCoverage.ofPatient(tenant, id));
    }

    @GET
    @Transactional
    @Operation(summary = "Find patients by name and date of birth (accents, case and punctuation ignored)")
    public List<PatientView> search(@QueryParam("lastName") @NotBlank String lastName,
                                    @QueryParam("firstName") @NotBlank String firstName,
                                    @QueryParam("dateOfBirth") @NotNull LocalDate dateOfBirth) {
        String tenant = tenants.current();
        return Patient.sameNameAndBirth(tenant, lastName, firstName, dateOfBirth).stream()
                .map(p -> PatientView.of(p, PatientCoverage.ofPatient(tenant, p.id))).toList();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.INTEGRATOR})
    @Transactional
    @Operation(summary = "Change demographics and consent (emits PatientRegistered)")
    public PatientView update(@PathParam("id") String id, @Valid @NotNull DemographicsIn in) {
        Patient p = patients.updateDemographics(id, in.toDemographics());
        return PatientView.of(p, PatientCoverage.ofPatient(p.tenantId, id));
    }

    @PUT
    @Path("/{id}/coverages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.INTEGRATOR})
    @Transactional
    @Operation(summary = "Replace the ordered coverage list (emits CoverageChanged with the full list)")
    public List<CoverageView> coverages(@PathParam("id") String id, @Valid @NotNull CoveragesIn in) {
        return patients.replaceCoverages(id, in.coverages().stream().map(CoverageIn::toNew).toList()).stream()
                .map(CoverageView::of).toList();
    }
}
