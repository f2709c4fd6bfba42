package dev.waypoint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Packages by feature, each using only the ones below it, in the order of docs/architecture.md. */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.waypoint");

    /** From the bottom up; each may use those before it (and {@code web}, which uses none). */
    static final List<String> LAYERS = List.of(
            "operations",
            "audit",
            "people",
            "notifications",
            "sessions",
            "tokens",
            "teams",
            "circles",
            "invitations",
            "feedback",
            "goals",
            "checkins",
            "reflections",
            "milestones",
            "meetings",
            "calendar");

    /**
     * The pages that gather many features; nothing uses them, and they do not use each other. A page
     * may live inside a feature's package ({@code teams.board}): that feature is then its own package
     * only.
     */
    static final List<String> PAGES = List.of("account", "admin", "home", "mentoring", "search", "teams.board");

    /** Dev-mode demo data tells stories across every page; nothing uses it. */
    static final String DEMO = "demo";

    @Test
    void eachFeatureUsesOnlyTheFeaturesBelowIt() {
        LayeredArchitecture layers = layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("web")
                .definedBy("dev.waypoint.web..");
        for (String layer : LAYERS) {
            layers = layers.layer(layer).definedBy(packagesOf(layer));
        }
        for (String page : PAGES) {
            layers = layers.layer(page).definedBy("dev.waypoint." + page + "..");
        }
        layers = layers.layer(DEMO).definedBy("dev.waypoint." + DEMO + "..");
        for (int i = 0; i < LAYERS.size(); i++) {
            List<String> above = new java.util.ArrayList<>(LAYERS.subList(i + 1, LAYERS.size()));
            above.addAll(PAGES);
            above.add(DEMO);
            layers = layers.whereLayer(LAYERS.get(i)).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
        }
        for (String page : PAGES) {
            layers = layers.whereLayer(page).mayOnlyBeAccessedByLayers(DEMO);
        }
        layers = layers.whereLayer(DEMO).mayNotBeAccessedByAnyLayer();
        layers.check(APP);
    }

    private static String packagesOf(String feature) {
        boolean holdsAPage = PAGES.stream().anyMatch(page -> page.startsWith(feature + "."));
        return "dev.waypoint." + feature + (holdsAPage ? "" : "..");
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("dev.waypoint.(**)").should().beFreeOfCycles().check(APP);
    }

    @Test
    void sharedPlumbingUsesNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("dev.waypoint.web..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("dev.waypoint.web..", "java..", "jakarta..", "io..", "org..")
                .check(APP);
    }

    /** docs/architecture.md, "Answers to a write": every form post answers through web.Answer. */
    @Test
    void everyWriteAnswersThroughTheOneAnswer() {
        methods()
                .that()
                .areAnnotatedWith(POST.class)
                .should()
                .haveRawReturnType(Response.class)
                .check(APP);
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.waypoint.web..")
                .should()
                .callMethod(Response.class, "status", int.class)
                .orShould()
                .callMethod(Response.class, "status", Response.Status.class)
                .orShould()
                .callMethod(Response.class, "status", Response.StatusType.class)
                .because("a status goes with its answer in web.Answer, or with its reason in web.Refusal")
                .check(APP);
    }
}
