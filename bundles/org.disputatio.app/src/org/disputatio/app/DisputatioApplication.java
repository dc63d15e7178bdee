// SPDX-License-Identifier: EPL-2.0
package org.disputatio.app;

import java.nio.file.Path;
import java.util.List;

import org.disputatio.ui.files.MapHandover;
import org.disputatio.ui.files.WorkbenchHandover;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the workbench. Program arguments ending in {@code .argmap} or {@code .xmi} name map files to open.
 */
public class DisputatioApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> arguments = args == null ? List.of() : List.of(args);
        // A workbench already running on this workspace opens the maps instead, and comes to the front.
        Path channel = WorkbenchHandover.channel();
        if (channel != null && MapHandover.handOver(channel, mapFiles(arguments).stream().map(Path::of).toList())) {
            return EXIT_OK;
        }
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new DisputatioWorkbenchAdvisor(arguments));
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /** The arguments that name map files: the others are options and their values, for Eclipse or a test harness. */
    static List<String> mapFiles(List<String> arguments) {
        return arguments.stream().filter(a -> a.endsWith(".argmap") || a.endsWith(".xmi")).toList();
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
