package be.ghelamcoalert.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import be.ghelamcoalert.core.model.command.InvalidCommandException;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core refuses with a code ({@code Refusal}) the screen can put into Dutch or English; only a
 * job document's own problems, which no one at the screen can cause, are plain English.
 */
@AnalyzeClasses(packages = "be.ghelamcoalert", importOptions = ImportOption.DoNotIncludeTests.class)
class RefusalRulesTest {

    @ArchTest
    static final ArchRule theCoreRefusesWithACode = noClasses()
            .that()
            .resideInAPackage("..core..")
            .should()
            .callConstructor(InvalidCommandException.class, String.class, String.class)
            .because("every refusal the touch screen can meet needs a Dutch and an English text");
}
