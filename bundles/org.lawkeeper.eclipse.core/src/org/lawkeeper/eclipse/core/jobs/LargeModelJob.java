package org.lawkeeper.eclipse.core.jobs;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.lawkeeper.claims.analysis.AnalysisSettings;
import org.lawkeeper.claims.analysis.DeclarationAnalyzer;
import org.lawkeeper.claims.analysis.DeclarationResult;
import org.lawkeeper.claims.analysis.Messages;
import org.lawkeeper.claims.scan.Claim;
import org.lawkeeper.claims.scan.Declaration;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.lawkeeper.eclipse.core.jobs.AnalysisJob.FileSnapshot;
import org.lawkeeper.eclipse.core.preferences.LawkeeperPreferences;

/**
 * Analyses, in the background, a declaration whose model is too large for a build to wait for: its counts take
 * from seconds to an hour. Meanwhile the declaration's marker says so (an {@link AnalysisJob} defers it here);
 * the job shows the count's progress — rank so far of D, bracket level, time left — in the Progress view, keeps
 * its result, and has the file analysed again, which takes that result as the declaration's. Cancel stops
 * the count within its next block; the marker then says that the analysis was cancelled and how to start it
 * again, until Check Lawkeeper Claims does. An edit that changes the declaration supersedes its job: it stops
 * without a trace. One such job runs at a time, since each count uses every core.
 */
public final class LargeModelJob extends CancellableJob {
    /** Models above this state dimension are analysed in the background (linear:20,20,20 with D = 800 is not). */
    public static final int INTERACTIVE_DIMENSION = 1_000;
    /** What a background analysis may take on: momentum on linear:100,100,100 (2D + 1 = 40,001) fits. */
    static final Limits LIMITS = Limits.DEFAULT.withMaxStateDimension(50_000);
    private static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };
    /** The jobs scheduled and not yet done, by what they decide. */
    private static final Map<String, LargeModelJob> SCHEDULED = new ConcurrentHashMap<>();
    /** What the user cancelled, by the same keys: not started again until asked for. */
    private static final Set<String> CANCELLED = ConcurrentHashMap.newKeySet();
    /** The results of the jobs done, by the same keys, while their files want them. */
    private static final Map<String, DeclarationResult> DONE = new ConcurrentHashMap<>();

    private final IFile file;
    private final Declaration declaration;
    private final AnalysisSettings settings;
    private final String key;
    private volatile boolean superseded;

    private LargeModelJob(IFile file, Declaration declaration, String model, AnalysisSettings settings, String key) {
        super("Lawkeeper: analysing " + model);
        this.file = file;
        this.declaration = declaration;
        this.settings = settings;
        this.key = key;
        setPriority(Job.LONG);
        setRule(ONE_AT_A_TIME);
        // a job cancelled while it waits never runs: only its end, heard here, is sure to come
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                finished(event.getResult());
            }
        });
    }

    /** The state dimension of {@code declaration}'s model when it is to be analysed in the background. */
    static OptionalLong backgroundDimension(Declaration declaration) {
        String spec = declaration.modelSpec();
        if (spec == null || spec.isBlank()) {
            return OptionalLong.empty(); // custom models run user code: they keep the build's limits
        }
        try {
            long dimension = ModelSpec.parse(spec).parameterCount();
            return dimension > INTERACTIVE_DIMENSION && dimension <= LIMITS.maxStateDimension()
                    ? OptionalLong.of(dimension) : OptionalLong.empty();
        } catch (SpecException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The result of {@code declaration}'s background analysis when it is done; until then what {@code file} shows:
     * that it runs (it is scheduled unless it is already), or that the user cancelled it. Adds the analysis' key to
     * {@code wanted}.
     */
    static DeclarationResult defer(IFile file, Declaration declaration, long dimension, AnalysisSettings settings,
            Set<String> wanted) {
        String model = declaration.modelSpec();
        String key = key(file, declaration, settings);
        wanted.add(key);
        DeclarationResult done = DONE.get(key);
        if (done != null) {
            return done.at(declaration); // lines may have moved since: the key holds no position
        }
        if (CANCELLED.contains(key)) {
            return DeclarationResult.pending(declaration, model, Messages.format("largeModelCancelled", model));
        }
        SCHEDULED.computeIfAbsent(key, k -> {
            LargeModelJob job = new LargeModelJob(file, declaration, model, settings, k);
            job.schedule();
            return job;
        });
        return DeclarationResult.pending(declaration, model,
                Messages.format("largeModelPending", model, String.valueOf(dimension)));
    }

    /** Stops, without a trace, the jobs of {@code file} its latest analysis no longer wants; drops their results. */
    static void retain(IFile file, Set<String> wanted) {
        SCHEDULED.values().stream().filter(job -> job.file.equals(file) && !wanted.contains(job.key))
                .forEach(LargeModelJob::supersede);
        String prefix = file.getFullPath() + "/";
        DONE.keySet().removeIf(key -> key.startsWith(prefix) && !wanted.contains(key));
    }

    /** Lets the next analysis of {@code project} start the background analyses the user cancelled. */
    public static void forgetCancelled(IProject project) {
        String prefix = project.getFullPath() + "/";
        CANCELLED.removeIf(key -> key.startsWith(prefix));
    }

    /** Forgets {@code project}'s background results and cancellations (a clean build). */
    public static void forget(IProject project) {
        forgetCancelled(project);
        String prefix = project.getFullPath() + "/";
        DONE.keySet().removeIf(key -> key.startsWith(prefix));
    }

    /** The background analyses scheduled or running, for tests and diagnostics. */
    public static Set<String> scheduled() {
        return SCHEDULED.keySet().stream().collect(Collectors.toUnmodifiableSet());
    }

    /** What decides the result: the file, the settings, the model and every claim. */
    private static String key(IFile file, Declaration declaration, AnalysisSettings settings) {
        return file.getFullPath() + "/" + declaration.typeName() + "|" + settings.key() + "|" + declaration.modelSpec()
                + declaration.claims().stream().map(Claim::key).collect(Collectors.joining("|", "|", ""));
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == LawkeeperCore.LARGE_MODEL_FAMILY;
    }

    private void supersede() {
        superseded = true;
        cancel();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            // custom models are never deferred: no user code runs here
            DONE.put(key, new DeclarationAnalyzer(AnalysisJob.cache(), settings, cancellation, d -> {
                throw new IllegalStateException("a custom model is never analysed in the background");
            }, LIMITS).withProgress((model, flow, step) -> monitor.subTask(model + " under " + flow + ": "
                    + step.describe())).analyse(declaration));
            return Status.OK_STATUS;
        } catch (CancelledException e) {
            return Status.CANCEL_STATUS;
        } finally {
            monitor.done();
        }
    }

    /** Done, cancelled (running or waiting) or superseded: the file shows the result or the cancellation. */
    private void finished(IStatus result) {
        if (!superseded && result.getSeverity() == IStatus.CANCEL) {
            CANCELLED.add(key);
        }
        if (!superseded) {
            reanalyse(); // scheduled before this job leaves SCHEDULED: whoever waits for both sees no gap
        }
        SCHEDULED.remove(key, this);
    }

    /** Has the file analysed again as it is now, which takes the result kept here or shows the cancellation. */
    private void reanalyse() {
        if (!file.exists()) {
            return;
        }
        try {
            new AnalysisJob(Map.of(file, FileSnapshot.of(file)), LawkeeperPreferences.settings(file.getProject()))
                    .schedule();
        } catch (CoreException e) {
            LawkeeperCore.log("could not analyse " + file.getFullPath() + " again", e);
        }
    }
}
