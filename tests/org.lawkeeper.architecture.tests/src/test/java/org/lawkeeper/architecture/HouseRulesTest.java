package org.lawkeeper.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.Architectures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of docs/ARCHITECTURE.md, on the compiled classes of every bundle. */
class HouseRulesTest {
    /** Where each bundle's classes are compiled, from the repository root. */
    private static final List<String> BUNDLES = List.of("bundles/org.lawkeeper.api", "bundles/org.lawkeeper.core",
            "bundles/org.lawkeeper.harness", "bundles/org.lawkeeper.claims", "bundles/org.lawkeeper.report",
            "bundles/org.lawkeeper.cli", "bundles/org.lawkeeper.maven.plugin", "bundles/org.lawkeeper.eclipse.core",
            "bundles/org.lawkeeper.eclipse.ui", "releng/org.lawkeeper.eclipse.examples");

    private static JavaClasses classes;

    @BeforeAll
    static void importBundles() {
        Path root = Path.of(System.getProperty("lawkeeper.root", "../.."));
        ClassFileImporter importer = new ClassFileImporter();
        List<Path> folders = BUNDLES.stream().map(b -> root.resolve(b).resolve("target/classes")).toList();
        folders.forEach(folder -> assertTrue(Files.isDirectory(folder), folder + " is not compiled: build the whole reactor"));
        classes = importer.importPaths(folders);
        assertTrue(classes.size() > 300, "the bundles' classes were read: " + classes.size());
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("org.lawkeeper.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theApiDependsOnNothingOfLawkeeper() {
        noClasses().that().resideInAPackage("org.lawkeeper.api..").should().dependOnClassesThat()
                .resideOutsideOfPackages("org.lawkeeper.api..", "java..").check(classes);
    }

    @Test
    void theUiSeesThePluginOnlyThroughItsCore() {
        noClasses().that().resideInAPackage("org.lawkeeper.eclipse.ui..").should().dependOnClassesThat()
                .resideInAnyPackage("org.lawkeeper.core..", "org.lawkeeper.harness..", "org.lawkeeper.claims..")
                .check(classes);
    }

    @Test
    void onlyTheEvidenceOfClaimsUsesTheHarnessInTheIdeAndInBuilds() {
        noClasses().that().resideInAnyPackage("org.lawkeeper.claims..", "org.lawkeeper.report..",
                "org.lawkeeper.maven..", "org.lawkeeper.eclipse..")
                .and().resideOutsideOfPackage("org.lawkeeper.claims.evidence..")
                .should().dependOnClassesThat().resideInAPackage("org.lawkeeper.harness..").check(classes);
    }

    @Test
    void buildsAndTheCommandLineWriteReportsOnlyThroughTheReports() {
        noClasses().that().resideInAnyPackage("org.lawkeeper.maven..", "org.lawkeeper.cli..")
                .should().dependOnClassesThat().resideInAPackage("tools.jackson..").check(classes);
    }

    @Test
    void theCoreDependsOnNoOtherBundle() {
        noClasses().that().resideInAPackage("org.lawkeeper.core..").should().dependOnClassesThat()
                .resideInAnyPackage("org.lawkeeper.harness..", "org.lawkeeper.claims..", "org.lawkeeper.cli..",
                        "org.lawkeeper.eclipse..", "org.lawkeeper.api..")
                .check(classes);
    }

    @Test
    void theCoresLayersPointDown() {
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("analysis").definedBy("org.lawkeeper.core.analysis..")
                .layer("explain").definedBy("org.lawkeeper.core.explain..")
                .layer("search").definedBy("org.lawkeeper.core.search..")
                .layer("verify").definedBy("org.lawkeeper.core.verify..")
                .layer("law").definedBy("org.lawkeeper.core.law..")
                .layer("count").definedBy("org.lawkeeper.core.count..")
                .layer("field").definedBy("org.lawkeeper.core.field..")
                .layer("flow").definedBy("org.lawkeeper.core.flow..")
                .layer("model").definedBy("org.lawkeeper.core.model..")
                .layer("linalg").definedBy("org.lawkeeper.core.linalg..")
                .layer("jet").definedBy("org.lawkeeper.core.jet..")
                .layer("polynomial").definedBy("org.lawkeeper.core.polynomial..")
                .whereLayer("analysis").mayNotBeAccessedByAnyLayer()
                .whereLayer("explain").mayOnlyBeAccessedByLayers("analysis")
                .whereLayer("search").mayOnlyBeAccessedByLayers("analysis", "explain")
                .whereLayer("verify").mayOnlyBeAccessedByLayers("analysis", "explain", "search")
                .whereLayer("law").mayOnlyBeAccessedByLayers("analysis", "explain", "search", "verify")
                .whereLayer("count").mayOnlyBeAccessedByLayers("analysis", "explain", "search", "verify", "law")
                .whereLayer("field").mayOnlyBeAccessedByLayers("analysis", "explain", "search", "verify", "law", "count")
                .check(classes);
    }
}
