// SPDX-License-Identifier: EPL-2.0
package org.disputatio.app;

import java.util.List;

import org.disputatio.ui.MappingPerspective;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

class DisputatioWorkbenchAdvisor extends WorkbenchAdvisor {

    private final List<String> filesToOpen;

    DisputatioWorkbenchAdvisor(List<String> filesToOpen) {
        this.filesToOpen = filesToOpen;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return MappingPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new DisputatioWindowAdvisor(configurer, filesToOpen);
    }
}
