package org.lawkeeper.harness.discrete;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.lawkeeper.harness.dynamics.Objective;

/**
 * Gradient descent on minibatches: step k takes the gradient of the loss on a random non-empty subset of
 * the data points (seeded by {@code seed} and k, so a run replays), θ⁺ = θ − α(∇L_batch(θ) + λθ).
 */
public record StochasticGradientDescent(double step, double weightDecay, long seed) implements Optimiser {

    @Override
    public StochasticGradientDescent withStep(double newStep) {
        return new StochasticGradientDescent(newStep, weightDecay, seed);
    }

    @Override
    public String describe() {
        return Optimiser.withDecay("stochastic gradient descent", weightDecay);
    }

    @Override
    public Iterate start(Objective objective, double[] theta) {
        return new Batches(objective, step, weightDecay, theta, seed);
    }

    private static final class Batches extends GradientDescent.Steps {
        private final long seed;
        private int count;

        Batches(Objective objective, double step, double weightDecay, double[] theta, long seed) {
            super(objective, step, weightDecay, theta);
            this.seed = seed;
        }

        private Batches(Batches other, Objective objective) {
            super(other, objective);
            this.seed = other.seed;
            this.count = other.count;
        }

        /** Each point joins the batch with probability ½; an empty draw takes one point instead. */
        @Override
        protected Objective stepObjective() {
            SplittableRandom random = new SplittableRandom(seed + 0x9E3779B97F4A7C15L * count++);
            int points = objective.loss().points();
            int[] batch = IntStream.range(0, points).filter(k -> random.nextBoolean()).toArray();
            return objective.minibatch(batch.length > 0 ? batch : new int[] {random.nextInt(points)});
        }

        @Override
        public Iterate copy(Objective other) {
            return new Batches(this, other);
        }
    }
}
