package org.rcm.coding.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rcm.coding.service.CodeSetImportService;
import org.rcm.platform.messaging.tenant.TenantContext;
import org.rcm.platform.messaging.web.ApiException;
import org.rcm.platform.messaging.web.Roles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Admin: import CMS code-set files from a directory below {@code rcm.coding.codeset-root}. */
@jakarta.ws.rs.Path("/admin/codesets")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CodeSetResource {
    @Inject
    CodeSetImportService imports;
    @Inject
    TenantContext tenants;
    @ConfigProperty(name = "rcm.coding.codeset-root")
    String root;

    public record ImportRequest(@NotBlank @Size(max = 512) String directory) {
    }

    public record ImportReport(List<CodeSetImportService.Result> imported, List<String> progress) {
    }

    @POST
    @jakarta.ws.rs.Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import ICD-10-CM (order file + addenda) and/or HCPCS Level II from a directory")
    public ImportReport importDirectory(@Valid @NotNull ImportRequest r) throws Exception {
        Path base = Path.of(root).toAbsolutePath().normalize();
        Path dir = base.resolve(r.directory()).toAbsolutePath().normalize();
        if (!dir.startsWith(base) || !Files.isDirectory(dir)) {
            throw ApiException.invalid("directory", "must be an existing directory below the configured code-set root");
        }
        List<String> progress = new ArrayList<>();
        List<CodeSetImportService.Result> results = new ArrayList<>();
        String actor = tenants.actor();
        boolean any = false;
        if (Files.isDirectory(dir.resolve("icd10cm")) || hasFile(dir, "(?i)icd10cm[_-]order[_-].*\\.txt")) {
            results.add(imports.importIcd(dir, actor, progress::add));
            any = true;
        }
        if (Files.isDirectory(dir.resolve("hcpcs")) || hasFile(dir, "(?i)HCPC.*ANWEB.*\\.txt")) {
            results.add(imports.importHcpcs(dir, actor, progress::add));
            any = true;
        }
        if (!any) {
            throw ApiException.invalid("directory", "holds no ICD-10-CM order file and no HCPCS file");
        }
        return new ImportReport(results, progress);
    }

    private static boolean hasFile(Path dir, String regex) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().matches(regex));
        }
    }
}
