package io.atflow.ui.tests.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.atflow.launch.core.ConfigAttributes;
import io.atflow.launch.core.LaunchConfigs;
import io.atflow.studio.StudioExamples;
import io.atflow.run.Verdict;

import io.atflow.ui.tests.support.RepositoryExamples;

/** ATFlow Studio's first start: the examples folder becomes a project with a ready, runnable launch configuration. */
class StudioExamplesTest {
    private final Path dir = temporary();

    private static Path temporary() {
        try {
            return Files.createTempDirectory("atflow-studio");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void clean() throws CoreException {
        Launches.cleanUp();
        IProject p = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProject(StudioExamples.PROJECT);
        if (p.exists()) {
            p.delete(false, true, null);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    @Test
    void examplesFolderBecomesAProjectWithAFavouriteConfigurationThatRuns() throws Exception {
        Path folder = RepositoryExamples.copyInto(dir.resolve(StudioExamples.PROJECT));
        IProject project = StudioExamples.importProject(folder, null);
        assertEquals(folder.toRealPath(), project.getLocation().toPath().toRealPath());
        assertTrue(project.getFile(StudioExamples.EXAMPLE).exists());
        assertTrue(project.getFile("common/network.atflow").exists());

        List<ILaunchConfiguration> configs = LaunchConfigs.forScript(project.getFile(StudioExamples.EXAMPLE));
        assertEquals(1, configs.size());
        ILaunchConfiguration config = configs.get(0);
        assertEquals(StudioExamples.CONFIG, config.getName());
        assertEquals("sim", ConfigAttributes.read(config).target());
        assertTrue(config.getFile() != null && config.getFile().getProject().equals(project), "shared in the project");
        assertEquals(List.of(IDebugUIConstants.ID_RUN_LAUNCH_GROUP),
                config.getAttribute(IDebugUIConstants.ATTR_FAVORITE_GROUPS, List.<String>of()));

        StudioExamples.importProject(folder, null);
        assertEquals(1, LaunchConfigs.forScript(project.getFile(StudioExamples.EXAMPLE)).size(), "a second start adds nothing");

        ILaunch launch = Launches.run(config);
        Launches.awaitEnd(launch);
        assertEquals(Verdict.PASSED, Launches.process(launch).result().verdict(), Launches.consoleText(launch));
    }
}
