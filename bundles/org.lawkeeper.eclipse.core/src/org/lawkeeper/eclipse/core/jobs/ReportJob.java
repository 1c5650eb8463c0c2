package org.lawkeeper.eclipse.core.jobs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.lawkeeper.claims.analysis.AnalysisSettings;
import org.lawkeeper.claims.analysis.FlowResult;
import org.lawkeeper.claims.evidence.Reports;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.law.LawSyntaxException;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.lawkeeper.eclipse.core.preferences.LawkeeperPreferences;
import org.lawkeeper.eclipse.core.results.AnalysisResults;
import org.lawkeeper.eclipse.core.results.Row.LawRow;

/**
 * Writes the harness's HTML report for one law of a model — the law checked on random dynamics under
 * every flow the model's claims name, with drift plots — into {@value #FOLDER}/ of the project. A user
 * job: progress in the progress view, cancellable (inside a trajectory too), failures shown by the platform.
 */
public final class ReportJob extends CancellableJob {
    /** The project folder the report goes to. */
    public static final String FOLDER = "lawkeeper-report";

    private final LawRow row;
    private final Consumer<IFile> done;

    /** A job reporting on {@code row}'s law; {@code done} hears of the written {@code index.html}. */
    public ReportJob(LawRow row, Consumer<IFile> done) {
        super("Lawkeeper report on " + row.law());
        this.row = row;
        this.done = done;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == LawkeeperCore.JOB_FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        AnalysisSettings settings = LawkeeperPreferences.settings(row.file().getProject());
        Model model = LawJobs.model(row).orElse(null);
        if (model == null) {
            return Status.error(row.type() + " has no analysed model to report on");
        }
        List<Flow> flows = new ArrayList<>();
        AnalysisResults.workspace().declaration(row.file(), row.type()).ifPresent(result -> result.flows().stream()
                .map(FlowResult::flow).map(LawJobs::flow).forEach(f -> f.ifPresent(flows::add)));
        SubMonitor progress = SubMonitor.convert(monitor, getName(), flows.size() * settings.tries() + 1);
        IFolder folder = row.file().getProject().getFolder(FOLDER);
        try {
            Reports.write(folder.getLocation().toPath(), model, flows, row.law(), settings.tries(), settings.seed(),
                    tries -> progress.worked(1), cancellation);
            folder.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
            done.accept(folder.getFile("index.html"));
            return Status.OK_STATUS;
        } catch (CancelledException | OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (LawSyntaxException | IOException | CoreException | IllegalArgumentException e) {
            return Status.error("cannot write the report on " + row.law() + ": " + e.getMessage(), e);
        }
    }
}
