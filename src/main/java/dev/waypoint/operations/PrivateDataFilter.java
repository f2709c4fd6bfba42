package dev.waypoint.operations;

import io.quarkus.logging.LoggingFilter;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Keeps people's words, tokens and secret addresses out of every log handler, at any level: these
 * categories print them below INFO, so below INFO they are dropped whatever level is set for them.
 * LogPrivacyTest runs with every logger at TRACE and found each one.
 */
@LoggingFilter(name = PrivateDataFilter.NAME)
public final class PrivateDataFilter implements Filter {

    static final String NAME = "waypoint-private-data";

    private static final List<String> TALKATIVE = List.of(
            // Hibernate: entities print their fields at flush; statements print with their values.
            "org.hibernate.orm.core",
            "org.hibernate.orm.jdbc.bind",
            "org.hibernate.orm.jdbc.extract",
            "org.hibernate.orm.results",
            "org.hibernate.orm.resource.registry",
            // OIDC: the provider's answers, tokens included.
            "io.quarkus.oidc.runtime.OidcProviderClientImpl",
            // Request URLs, which hold sign-in codes and calendar feed secrets.
            "io.vertx.ext.web.impl.RouterImpl",
            "io.quarkus.micrometer.runtime.binder.vertx");

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getLevel().intValue() >= Level.INFO.intValue()) {
            return true;
        }
        String category = record.getLoggerName();
        return category == null
                || TALKATIVE.stream().noneMatch(name -> category.equals(name) || category.startsWith(name + "."));
    }
}
