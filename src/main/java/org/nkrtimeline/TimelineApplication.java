package org.nkrtimeline;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.nkrtimeline.editorial.account.AddEditorCommand;
import org.nkrtimeline.editorial.importing.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TimelineApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ImportCommand.NAME)) {
            System.exit(ImportCommand.run(
                    TimelineApplication.class, Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals(AddEditorCommand.NAME)) {
            System.exit(AddEditorCommand.run(
                    TimelineApplication.class,
                    Arrays.copyOfRange(args, 1, args.length),
                    System.console(),
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                    System.out,
                    System.err));
        }
        SpringApplication.run(TimelineApplication.class, args);
    }
}
