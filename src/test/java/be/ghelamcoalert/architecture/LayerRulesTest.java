package be.ghelamcoalert.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of STYLE.md: sources → core → outputs; views never talk to adapters. */
@AnalyzeClasses(packages = "be.ghelamcoalert", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    /** The JDK only: javax.crypto is the JDK's, for the admin PIN's PBKDF2 hash (PinHash). */
    @ArchTest
    static final ArchRule domainIsPureJava = noClasses()
            .that()
            .resideInAPackage("..core.model..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("..core.model..", "java..", "javax.crypto..");

    @ArchTest
    static final ArchRule portsKnowOnlyTheModel = noClasses()
            .that()
            .resideInAPackage("..core.port..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("..core.model..", "..core.port..", "java..");

    @ArchTest
    static final ArchRule servicesUseNoFrameworkButLogging = noClasses()
            .that()
            .resideInAPackage("..core.service..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("..core..", "java..", "org.slf4j..");

    @ArchTest
    static final ArchRule coreDoesNotKnowAdaptersUiOrApp = noClasses()
            .that()
            .resideInAPackage("..core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..adapter..", "..ui..", "..app..", "..config..");

    @ArchTest
    static final ArchRule uiNeverTalksToAdapters = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..adapter..", "..app..");

    @ArchTest
    static final ArchRule adaptersDoNotKnowTheUiOrTheApp = noClasses()
            .that()
            .resideInAPackage("..adapter..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..ui..", "..app..");

    @ArchTest
    static final ArchRule adaptersDoNotKnowEachOther =
            slices().matching("..adapter.(*)..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule nothingButAppDependsOnApp = noClasses()
            .that()
            .resideOutsideOfPackage("..app..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..app..");

    @ArchTest
    static final ArchRule configKnowsOnlyTheModel = noClasses()
            .that()
            .resideInAPackage("..config..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..adapter..", "..ui..", "..app..", "..core.service..");

    @ArchTest
    static final ArchRule noPrintingInProductionCode = noClasses()
            .that()
            .resideOutsideOfPackage("..app..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .because("production code logs through SLF4J");
}
