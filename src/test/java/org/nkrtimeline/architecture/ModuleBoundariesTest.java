package org.nkrtimeline.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.TimelineApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * The layout's rules (docs/architecture.md), checked on the compiled classes by Spring Modulith: each
 * package directly under org.nkrtimeline is a module; a module may use another only through its top
 * package (and named interfaces such as collection's "source"); modules form no cycle; and each
 * module's package-info lists what it may depend on where that is a rule of the layout (the kernel,
 * the leaves and the infrastructure).
 */
class ModuleBoundariesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(TimelineApplication.class);

    /** Used by every feature, using none of them (the kernel's types they may use). */
    private static final Set<String> INFRASTRUCTURE =
            Set.of("web", "i18n", "pagecache", "index", "database", "monitoring", "commandline");

    @Test
    void featuresReachEachOtherOnlyThroughWhatTheyExposeAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void infrastructureNeverImportsAFeature() {
        for (String name : INFRASTRUCTURE) {
            assertThat(dependencies(name))
                    .as(name)
                    .allMatch(target -> INFRASTRUCTURE.contains(target) || target.equals("collection"));
        }
    }

    @Test
    void theKernelUsesNoFeature() {
        assertThat(dependencies("collection")).allMatch(INFRASTRUCTURE::contains);
    }

    @Test
    void topicsEntitiesAndTheOverviewAreLeavesOnTheKernel() {
        for (String leaf : List.of("topic", "entity", "overview")) {
            assertThat(dependencies(leaf))
                    .as(leaf)
                    .allMatch(name -> name.equals("collection") || INFRASTRUCTURE.contains(name));
        }
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            List<Path> packagesWithoutInfo = files.filter(
                            file -> file.toString().endsWith(".java"))
                    .map(Path::getParent)
                    .distinct()
                    .filter(folder -> !Files.exists(folder.resolve("package-info.java")))
                    .toList();
            assertThat(packagesWithoutInfo).isEmpty();
        }
    }

    /** The control: the same check refuses two packages that use each other. */
    @Test
    void aCycleBetweenTwoPackagesFailsTheCheck() {
        // The fixture lives among the tests, which Modulith leaves out unless asked.
        ApplicationModules cyclic = ApplicationModules.of("org.nkrtimeline.architecture.cycle", location -> true);

        assertThatThrownBy(cyclic::verify).isInstanceOf(Violations.class).hasMessageContaining("Cycle detected");
    }

    private static List<String> dependencies(String module) {
        ApplicationModule found = MODULES.getModuleByName(module).orElseThrow();
        return found.getDirectDependencies(MODULES).stream()
                .map(ApplicationModuleDependency::getTargetModule)
                .map(ApplicationModule::getName)
                .distinct()
                .toList();
    }
}
