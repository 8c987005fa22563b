package org.zerodistance.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.zerodistance.app.AppPaths;

/** Runs one command line in this JVM and keeps what it printed. */
public final class CliRunner {

    /** Exit code and the two streams of one run. */
    public record Result(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    public static Result run(Path dataFolder, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new AppPaths(dataFolder), args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
