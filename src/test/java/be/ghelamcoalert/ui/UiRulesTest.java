package be.ghelamcoalert.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import be.ghelamcoalert.testing.IntegrationTest;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The screen's own rules: view models hold properties, never nodes, so they test without a toolkit. */
@AnalyzeClasses(packages = "be.ghelamcoalert.ui", importOptions = ImportOption.DoNotIncludeTests.class)
@IntegrationTest
class UiRulesTest {

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..");

    @ArchTest
    static final ArchRule onlyTheBridgeTouchesTheFxThread = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("be.ghelamcoalert.ui.common.UiThread")
            .should()
            .callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
            .because("updates come back through the one bridge, UiThread");
}
