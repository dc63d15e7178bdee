// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One verb of the command line ({@code validate}, {@code stats}, ...).
 */
interface Subcommand {

    /** Exit code of a run that found nothing wrong. */
    int OK = 0;
    /** Exit code when the input was read but is not acceptable (e.g. validation errors). */
    int FAILED = 1;
    /** Exit code when an input could not be read, or the arguments are wrong. */
    int UNUSABLE = 2;

    String name();

    /** The arguments, as shown in usage: {@code FILE...}. */
    String synopsis();

    /** One line saying what the verb does. */
    String summary();

    int run(List<String> args, PrintStream out, PrintStream err);
}
