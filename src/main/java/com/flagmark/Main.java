package com.flagmark;

import com.flagmark.app.FlagmarkApp;
import com.flagmark.cli.Cli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Starts Flagmark: a command runs headless; no command opens the desktop app and returns when it
 * closes. A plain class, not the JavaFX application, so the jar starts with JavaFX on the class
 * path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
        System.exit(Cli.run(args, FlagmarkApp::launch, out, err));
    }
}
