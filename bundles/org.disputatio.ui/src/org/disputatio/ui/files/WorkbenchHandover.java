// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.ui.DisputatioUiPlugin;
import org.disputatio.ui.files.MapFileOpener;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * The running workbench's end of the {@link MapHandover}: files handed over open as if chosen
 * in File &gt; Open, and the window comes to the front.
 */
public final class WorkbenchHandover {

    private WorkbenchHandover() {
    }

    /** The channel file of the running workspace, or null when there is no workspace. */
    public static Path channel() {
        Location instance = Platform.getInstanceLocation();
        if (instance == null || instance.getURL() == null) {
            return null;
        }
        try {
            return MapHandover.channelOf(Path.of(instance.getURL().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            // A workspace URL with spaces unescaped: Eclipse's own URLs are like that.
            return MapHandover.channelOf(Path.of(instance.getURL().getPath()));
        }
    }

    /** Starts listening, until the workbench shuts down; a failure to listen is logged, and the workbench goes on. */
    public static void listen(IWorkbench workbench) {
        Path channel = channel();
        if (channel == null) {
            return;
        }
        Display display = workbench.getDisplay();
        MapHandover handover;
        try {
            handover = MapHandover.listen(channel, files -> display.asyncExec(() -> open(workbench, files)));
        } catch (IOException e) {
            DisputatioUiPlugin.getDefault().getLog().warn("Maps given to a second start cannot be handed to this workbench", e);
            return;
        }
        workbench.addWorkbenchListener(new IWorkbenchListener() {
            @Override
            public boolean preShutdown(IWorkbench closing, boolean forced) {
                return true;
            }

            @Override
            public void postShutdown(IWorkbench closed) {
                handover.close();
            }
        });
    }

    /** Opens the files in the active window (or the first) and brings it to the front. */
    static void open(IWorkbench workbench, List<Path> files) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window == null && workbench.getWorkbenchWindowCount() > 0) {
            window = workbench.getWorkbenchWindows()[0];
        }
        if (window == null || window.getActivePage() == null) {
            return;
        }
        Shell shell = window.getShell();
        if (shell.getMinimized()) {
            shell.setMinimized(false);
        }
        shell.forceActive();
        for (Path file : files) {
            MapFileOpener.open(window.getActivePage(), file);
        }
    }
}
