package org.nkrtimeline.commandline;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** The application without its web server or read index, quiet but for warnings, for the command-line commands. */
public final class CommandLine {

    private CommandLine() {}

    public static ConfigurableApplicationContext start(Class<?> application) {
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        // A command does not keep a read index: the app that may be running holds it (docs/operations.md).
        return app.run("--logging.level.root=WARN", "--timeline.index.enabled=false");
    }
}
