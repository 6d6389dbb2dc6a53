/** The {@code curbcut} command line (picocli): one class per subcommand, each returning an exit code. */
package org.curbcut.cli;
