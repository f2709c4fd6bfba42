package dev.waypoint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Packages by feature, dependencies one way (see docs in DESIGN: people ← circles ← goals ← …). */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.waypoint");

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("dev.waypoint.(*)..").should().beFreeOfCycles().check(APP);
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

    @Test
    void peopleDependOnNoOtherFeature() {
        noClasses()
                .that()
                .resideInAPackage("dev.waypoint.people..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.waypoint.home..")
                .check(APP);
    }
}
