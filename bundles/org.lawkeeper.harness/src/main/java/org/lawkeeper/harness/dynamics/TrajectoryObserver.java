package org.lawkeeper.harness.dynamics;

/**
 * Watches a trajectory sample by sample; drift checks, plots and statistics are observers. Samples
 * come at the integrator's accepted steps (or the optimiser's iterations), first the initial state.
 */
@FunctionalInterface
public interface TrajectoryObserver {

    /**
     * One sample.
     *
     * @param time       t
     * @param theta      θ(t) (do not keep: may be reused)
     * @param velocity   θ'(t) (do not keep: may be reused)
     * @param localError a bound on the state error the integrator committed in the step that ended here
     *                   (max-norm, from its embedded error estimate); 0 at the start and for optimisers
     */
    void sample(double time, double[] theta, double[] velocity, double localError);

    /** This observer, then {@code next}, on every sample. */
    default TrajectoryObserver andThen(TrajectoryObserver next) {
        return (time, theta, velocity, localError) -> {
            sample(time, theta, velocity, localError);
            next.sample(time, theta, velocity, localError);
        };
    }
}
