package nl.werving;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;
import nl.werving.persistence.AssignedIdEntity;
import org.springframework.beans.factory.annotation.Autowired;

@AnalyzeClasses(packages = "nl.werving", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule onlyTheProcessModuleTalksToTheEngine = noClasses()
            .that().resideOutsideOfPackage("nl.werving.process..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("all engine code stays in the process module, so a move to a maintained fork is small");

    @ArchTest
    static final ArchRule noFieldInjection = noFields()
            .should().beAnnotatedWith(Autowired.class)
            .because("dependencies come in through constructors");

    @ArchTest
    static final ArchRule entitiesWithAnAssignedUuidTellWhetherTheyAreNew = classes()
            .that().areAnnotatedWith(Entity.class)
            .and(haveAUuidId())
            .should().beAssignableTo(AssignedIdEntity.class)
            .because("Spring Data would otherwise read every new entity's id before inserting it "
                    + "(docs/architecture.md, Database)");

    private static DescribedPredicate<JavaClass> haveAUuidId() {
        return DescribedPredicate.describe("have a UUID id", type -> type.getAllFields().stream()
                .anyMatch(field -> field.isAnnotatedWith(Id.class) && field.getRawType().isEquivalentTo(UUID.class)));
    }
}
