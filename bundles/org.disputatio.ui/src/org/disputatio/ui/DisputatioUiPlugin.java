// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/**
 * The workbench integration's bundle: it owns the preference store that the map preferences and
 * the recent files are kept in.
 */
public class DisputatioUiPlugin extends AbstractUIPlugin {

    public static final String ID = "org.disputatio.ui";

    private static DisputatioUiPlugin plugin;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        plugin = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        plugin = null;
        super.stop(context);
    }

    public static DisputatioUiPlugin getDefault() {
        return plugin;
    }
}
