package org.rcm.platform.messaging.web;

import java.util.List;

/** A request the service refuses, with the HTTP status and (where it applies) the offending field. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ApiException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "Not Found", what + " not found", null);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(400, "Invalid request", message, List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Conflict", detail, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
