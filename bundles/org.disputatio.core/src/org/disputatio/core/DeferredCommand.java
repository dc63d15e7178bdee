// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;

/**
 * A command whose changes are worked out when it runs, for the step of a compound command that
 * depends on what the steps before it did: the lines a new inference needs, the layout after a
 * layout setting changed. Undo and redo replay what it did.
 */
public final class DeferredCommand extends AbstractCommand {

    private final Supplier<Command> work;
    private Command done;

    public DeferredCommand(String label, Supplier<Command> work) {
        super(label);
        this.work = work;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        Command command = work.get();
        if (command.canExecute()) {
            command.execute();
            done = command;
        } else {
            // Nothing to change: undo and redo have nothing to replay.
            command.dispose();
        }
    }

    @Override
    public void undo() {
        if (done != null) {
            done.undo();
        }
    }

    @Override
    public void redo() {
        if (done != null) {
            done.redo();
        }
    }

    @Override
    public void dispose() {
        if (done != null) {
            done.dispose();
        }
    }
}
