package org.nkrtimeline.commandline;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** The application without its web server, quiet but for warnings, for the command-line commands. */
public final class CommandLine {

    private CommandLine() {}

    public static ConfigurableApplicationContext start(Class<?> application) {
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        return app.run("--logging.level.root=WARN");
    }
}
