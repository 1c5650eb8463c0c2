package org.lawkeeper.eclipse.core.jobs;

import org.eclipse.core.runtime.jobs.Job;
import org.lawkeeper.core.Cancellation;

/**
 * A job whose Cancel reaches the work it runs: Eclipse's Cancel only flags the progress monitor, so
 * {@link #canceling()} raises the {@link Cancellation} the job hands to the core, the harness and custom models,
 * which poll it. Each job object runs once, so the cancellation is never lowered again.
 */
abstract class CancellableJob extends Job {
    final Cancellation cancellation = Cancellation.none();

    CancellableJob(String name) {
        super(name);
    }

    @Override
    protected void canceling() {
        cancellation.cancel();
    }
}
