package org.rcm.platform.messaging.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.rcm.platform.messaging.resilience.Outage;
import org.rcm.platform.messaging.tenant.RequestMetadata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps every failure to RFC 9457 problem+json naming the field at fault. Bodies carry no stack trace and never
 * echo submitted values.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    RequestMetadata metadata;

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return problem(e.status(), e.title(), e.getMessage(), uri, e.errors());
    }

    /** Quarkus's own type for failed @Valid parameters; mapped here so it answers problem+json too. */
    @ServerExceptionMapper
    public Response parameterValidation(ResteasyReactiveViolationException e, UriInfo uri) {
        return validation(e, uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return problem(400, "Invalid request", detail, uri, errors);
    }

    /** Wrong type or format of a field (Quarkus maps this one itself unless we do). */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response unparseable(JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? path(m) : null;
        String detail = field == null || field.isEmpty()
                ? "request body is not valid JSON"
                : "field has the wrong type or format";
        List<Problem.FieldError> errors = field == null || field.isEmpty()
                ? List.of() : List.of(new Problem.FieldError(field, detail));
        return problem(400, "Invalid request", detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return problem(status, title, title, uri, List.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "Unauthorized", "a valid bearer token is required", uri,
                List.of())).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "Forbidden", "the token's roles do not allow this action", uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        String correlation = metadata.correlationId();
        if (Outage.isOutage(e)) {
            LOG.warnf("database unavailable (correlation %s): %s", correlation, e.getClass().getSimpleName());
            return Response.fromResponse(problem(503, "Service Unavailable",
                    "a dependency is briefly unavailable; retry with the same Idempotency-Key", uri, List.of()))
                    .header("Retry-After", "5").build();
        }
        LOG.errorf(e, "unexpected error (correlation %s)", correlation);
        return problem(500, "Internal Server Error", "unexpected error; quote the correlation id to support", uri,
                List.of());
    }

    private Response problem(int status, String title, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        Problem body = new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath(),
                metadata.correlationId(), errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** "create.request.patient.id" → "patient.id": drops the method and parameter names. */
    static String fieldOf(ConstraintViolation<?> v) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : v.getPropertyPath()) {
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        int skip = switch (v.getPropertyPath().iterator().next().getKind()) {
            case METHOD, CONSTRUCTOR -> Math.min(2, names.size() - 1);
            default -> 0;
        };
        return String.join(".", names.subList(Math.max(skip, 0), names.size()));
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
