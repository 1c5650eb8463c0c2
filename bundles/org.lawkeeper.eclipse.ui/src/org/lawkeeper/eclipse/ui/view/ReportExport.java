package org.lawkeeper.eclipse.ui.view;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.eclipse.core.analysis.AnalysisSettings;
import org.lawkeeper.eclipse.core.analysis.DeclarationResult;
import org.lawkeeper.eclipse.core.analysis.FlowResult;
import org.lawkeeper.eclipse.ui.Messages;
import org.lawkeeper.harness.report.FlowComparison;
import org.lawkeeper.harness.report.HtmlReport;

/**
 * Writes the harness's HTML report for one law of a model: the law checked on random dynamics under
 * every flow the model's claims name, with drift plots, into {@code lawkeeper-report/} of the project.
 */
public final class ReportExport {
    /** The project folder the report goes to. */
    public static final String FOLDER = "lawkeeper-report";

    private ReportExport() {
    }

    /**
     * Checks {@code law} of the model of {@code result} under its claimed flows and writes the report.
     *
     * @return the report's {@code index.html}
     * @throws CoreException with a user-readable message when the model is custom or the law does not parse
     */
    public static IFile export(IFile source, DeclarationResult result, String law, AnalysisSettings settings,
            IProgressMonitor monitor) throws CoreException {
        if (result.declaration().custom()) {
            throw new CoreException(Status.error(NLS.bind(Messages.exportCustom, result.declaration().typeName())));
        }
        List<FlowResult> claimed = result.flows();
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.exportJob, law), claimed.size() * settings.tries() + 1);
        try {
            Model model = ModelSpec.parse(result.declaration().modelSpec(), Limits.DEFAULT);
            List<Flow> flows = new ArrayList<>();
            for (FlowResult flow : claimed) {
                flows.add(FlowSpec.parse(flow.flow()));
            }
            var outcomes = FlowComparison.run(model, flows, law, settings.tries(), settings.seed(),
                    (flow, tries) -> progress.worked(1));
            IFolder folder = source.getProject().getFolder(FOLDER);
            HtmlReport.write(folder.getLocation().toPath(), model, law, settings.seed(), outcomes);
            folder.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
            return folder.getFile("index.html");
        } catch (LawkeeperException | IOException | IllegalArgumentException e) {
            throw new CoreException(Status.error(NLS.bind(Messages.exportFailed, law, e.getMessage()), e));
        }
    }
}
