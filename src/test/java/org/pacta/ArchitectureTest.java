package org.pacta;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import jakarta.persistence.Entity;
import java.util.List;

/**
 * The packages point one way (docs/design.md, "Layout"): each may use only the packages below it in {@link #LAYERS},
 * none forms a cycle with another, pages call services rather than REST resources, and nothing but the pages knows
 * the pages. Pages
 * receive values, not entities. Plain JUnit over the compiled main classes; the application is not started.
 */
@AnalyzeClasses(packages = "org.pacta", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Bottom to top: the one place the layering is written down. */
    static final List<String> LAYERS = List.of("platform", "security", "agreement", "chain", "commitment", "sheet", "plan",
            "report", "notify", "followup", "roadmap", "maintenance", "web");

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("org.pacta.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule packagesUseOnlyThoseBelow = layering();

    @ArchTest
    static final ArchRule pagesDoNotCallResources = noClasses().that().resideInAPackage("org.pacta.web..")
            .should().dependOnClassesThat(not(resideInAPackage("org.pacta.web..")).and(simpleNameEndingWith("Resource")))
            .because("a page calls the service its REST resource uses, not the resource");

    @ArchTest
    static final ArchRule pagesDoNotUseEntities = noClasses().that().resideInAPackage("org.pacta.web..")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .because("pages receive values from services, not entities");

    @ArchTest
    static final ArchRule onlyPagesKnowPages = noClasses().that().resideOutsideOfPackage("org.pacta.web..")
            .should().dependOnClassesThat().resideInAPackage("org.pacta.web..");

    @ArchTest
    static final ArchRule domainSpeaksNoHttp = noClasses().that().haveSimpleNameEndingWith("Service")
            .or().haveSimpleNameEndingWith("Queries").or().areAnnotatedWith(jakarta.persistence.Entity.class)
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
            .because("services refuse with a reason (Refusal.Reason); the HTTP status is chosen at the edge, in ProblemMapper");

    /** Cancel, revive, claim, retry, settle: the outbox alone changes a notification's state (DESIGN, "Delivery guarantee"). */
    @ArchTest
    static final ArchRule oneOwnerOfNotificationState = noClasses()
            .that().doNotHaveFullyQualifiedName("org.pacta.notify.Outbox")
            .and().doNotHaveFullyQualifiedName("org.pacta.notify.Notification")
            .should().setField(org.pacta.notify.Notification.class, "status")
            .orShould().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("Notification.update",
                    call -> call.getTargetOwner().isEquivalentTo(org.pacta.notify.Notification.class)
                            && call.getName().equals("update")));

    /** The chain's rows are written by LedgerChain alone, and never changed (docs/design.md, decision 24). */
    @ArchTest
    static final ArchRule onlyTheChainTouchesItsRows = noClasses().that().resideOutsideOfPackage("org.pacta.chain..")
            .should().dependOnClassesThat().belongToAnyOf(org.pacta.chain.LedgerEntry.class, org.pacta.chain.LedgerHead.class);

    private static ArchRule layering() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String layer : LAYERS) {
            layers = layers.layer(layer).definedBy("org.pacta." + layer + "..");
        }
        for (int i = 0; i < LAYERS.size(); i++) {
            List<String> above = LAYERS.subList(i + 1, LAYERS.size());
            layers = above.isEmpty() ? layers.whereLayer(LAYERS.get(i)).mayNotBeAccessedByAnyLayer()
                    : layers.whereLayer(LAYERS.get(i)).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
        }
        return layers;
    }
}
