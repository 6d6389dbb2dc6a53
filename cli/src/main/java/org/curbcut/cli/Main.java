package org.curbcut.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code curbcut} command. The only place that calls {@link System#exit}. */
@Command(name = "curbcut", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Audits web pages against WCAG 2.1 A/AA (W3C ACT Rules) and repairs what can be repaired safely.",
    subcommands = {})
public final class Main implements Runnable {

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  /** Runs the command line and returns the exit code (0 clean, 1 findings, 2 usage or input error). */
  public static int execute(String... args) {
    CommandLine cmd = new CommandLine(new Main());
    return cmd.execute(args);
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
