package org.curbcut.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code curbcut} command. The only place that calls {@link System#exit}.
 *
 * <p>Exit codes, for every subcommand: 0 success (for {@code audit}: no failed finding at or above
 * {@code --fail-on}); 1 {@code audit} found such a failure; 2 a usage error, an input that could not
 * be read, a page whose audit or repair stopped at {@code --page-timeout} (after every other input
 * was audited and reported), stdout that could not be written, or an internal error. Errors are one
 * line on stderr; {@code --debug} adds the stack trace.
 */
@Command(name = "curbcut", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Audits web pages against WCAG 2.1 A/AA (W3C ACT Rules) and repairs what can be repaired safely.",
    subcommands = {AuditCommand.class, FixCommand.class, RulesCommand.class, DemoCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 no failure at or above --fail-on, 1 a failure, 2 usage or input error",
        "(or a page stopped at --page-timeout)."})
public final class Main implements java.util.concurrent.Callable<Integer> {
  /** Exit code: nothing failed. */
  public static final int OK = 0;
  /** Exit code: the audit found a failure at or above the threshold. */
  public static final int FINDINGS = 1;
  /** Exit code: usage error, unreadable input, a page stopped at its time limit, or internal error. */
  public static final int ERROR = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
  boolean debug;

  /** No subcommand: a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ERROR;
  }

  /** Runs the command line on System.out/System.err (UTF-8) and returns the exit code. */
  public static int execute(String... args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    try {
      int code = execute(out, err, args);
      // System.out is a PrintStream: it swallows write errors and only remembers them
      if (System.out.checkError() && code != ERROR) return stdoutFailed(err);
      return code;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Runs the command line with the given streams and returns the exit code. Never throws. When
   * stdout could not be written (a closed pipe, a full disk), the report is incomplete: exit 2.
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    int code;
    try {
      code = commandLine(out, err).execute(args);
    } catch (RuntimeException | Error e) {
      err.println("curbcut: internal error: " + Errors.oneLine(e));
      if (Arrays.asList(args).contains("--debug")) e.printStackTrace(err);
      err.flush();
      code = ERROR;
    }
    // a PrintWriter swallows write errors too; checkError flushes first, so the last bytes count
    return out.checkError() ? stdoutFailed(err) : code;
  }

  private static int stdoutFailed(PrintWriter err) {
    err.println("curbcut: " + Messages.get("stdout.failed"));
    err.flush();
    return ERROR;
  }

  /** The configured command line: one-line usage errors, no stack traces unless --debug. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setUsageHelpAutoWidth(true);
    cmd.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      String name = c.getCommandSpec().qualifiedName();
      c.getErr().println("curbcut: " + Errors.oneLine(ex.getMessage()) + " (see '" + name + " --help')");
      c.getErr().flush();
      return ERROR;
    });
    cmd.setExecutionExceptionHandler((ex, c, parseResult) -> {
      c.getErr().println("curbcut: " + (ex instanceof UsageError ? "" : "internal error: ") + Errors.oneLine(ex));
      if (parseResult.originalArgs().contains("--debug")) ex.printStackTrace(c.getErr());
      else if (!(ex instanceof UsageError)) c.getErr().println("curbcut: run again with --debug for the details");
      c.getErr().flush();
      return ERROR;
    });
    return cmd;
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"curbcut " + org.curbcut.audit.Auditor.version()};
    }
  }
}
