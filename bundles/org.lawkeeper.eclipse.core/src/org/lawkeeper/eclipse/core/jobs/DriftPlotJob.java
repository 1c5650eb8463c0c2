package org.lawkeeper.eclipse.core.jobs;

import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.lawkeeper.claims.evidence.DriftPlots;
import org.lawkeeper.claims.evidence.DriftSeries;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.lawkeeper.eclipse.core.preferences.LawkeeperPreferences;
import org.lawkeeper.eclipse.core.results.Row.LawRow;

/**
 * Integrates the drift of a law for the view's plot: the first trajectory the harness generates from the
 * project's seed, for the model the row's class was analysed with (custom models included). A system
 * job: it reports only through its callback, never to the user. Cancel stops the integration after the
 * step under way (a trajectory may take 200,000 field evaluations), and nothing is reported then.
 */
public final class DriftPlotJob extends CancellableJob {
    private final LawRow row;
    private final Consumer<DriftPlot> done;

    /** A job plotting {@code row}'s law; {@code done} hears of the plot (in the job's thread) when there is one. */
    public DriftPlotJob(LawRow row, Consumer<DriftPlot> done) {
        super("Lawkeeper drift of " + row.law() + " under " + row.flow());
        this.row = row;
        this.done = done;
        setSystem(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == LawkeeperCore.JOB_FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        long seed = LawkeeperPreferences.settings(row.file().getProject()).seed();
        try {
            Optional<DriftSeries> series = trace(seed);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            series.ifPresent(s -> done.accept(new DriftPlot(row.flow(), row.law(), s.entry(), seed, s.times(), s.drift(),
                    s.maxDrift())));
            return Status.OK_STATUS;
        } catch (CancelledException e) {
            return Status.CANCEL_STATUS;
        }
    }

    private Optional<DriftSeries> trace(long seed) throws CancelledException {
        var model = LawJobs.model(row);
        var flow = LawJobs.flow(row.flow());
        var law = model.flatMap(m -> flow.flatMap(f -> LawJobs.law(m, f, row)));
        return law.isEmpty() ? Optional.empty() : DriftPlots.trace(model.get(), flow.get(), law.get(), seed, cancellation);
    }
}
