package org.nkrtimeline.commandline;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What a command reads and writes: the console (null when the input is not a terminal), standard input
 * (UTF-8), standard output and standard error.
 */
public record Terminal(Console console, BufferedReader in, PrintStream out, PrintStream err) {

    /** The process's own. */
    public static Terminal system() {
        return new Terminal(
                System.console(),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.out,
                System.err);
    }
}
