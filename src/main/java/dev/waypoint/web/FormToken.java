package dev.waypoint.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The CSRF token for forms and htmx headers, as {@code inject:formToken}. Error pages for paths no
 * resource matched have no token (the CSRF filter did not run); they get an empty one.
 */
@Named("formToken")
@RequestScoped
public class FormToken {

    @Inject
    CsrfTokenParameterProvider csrf;

    public String getValue() {
        try {
            return csrf.getToken();
        } catch (IllegalStateException noTokenOnThisRequest) {
            return "";
        }
    }

    public String getParameterName() {
        return csrf.getParameterName();
    }
}
