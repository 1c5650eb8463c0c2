package org.lawkeeper.eclipse.core.jobs;

import java.util.function.Consumer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.lawkeeper.claims.evidence.DriftPlots;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.lawkeeper.eclipse.core.preferences.LawkeeperPreferences;
import org.lawkeeper.eclipse.core.results.Row.LawRow;

/**
 * Integrates the drift of a law for the view's plot: the first trajectory the harness generates from the
 * project's seed, for the model the row's class was analysed with (custom models included). A system
 * job: it reports only through its callback, never to the user.
 */
public final class DriftPlotJob extends Job {
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
        LawJobs.model(row).ifPresent(model -> LawJobs.flow(row.flow()).ifPresent(flow -> LawJobs.law(model, flow, row)
                .flatMap(law -> monitor.isCanceled() ? java.util.Optional.empty() : DriftPlots.trace(model, flow, law, seed))
                .filter(series -> !monitor.isCanceled())
                .ifPresent(series -> done.accept(new DriftPlot(row.flow(), row.law(), series.entry(), seed, series.times(),
                        series.drift(), series.maxDrift())))));
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }
}
