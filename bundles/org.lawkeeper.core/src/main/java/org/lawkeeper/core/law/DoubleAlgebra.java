package org.lawkeeper.core.law;

import org.hipparchus.fraction.BigFraction;

/** A law's value at one state, in double precision. */
record DoubleAlgebra(double time, double[] theta, double[] velocity) implements LawAlgebra<Double> {

    @Override
    public Double constant(BigFraction value) {
        return value.doubleValue();
    }

    @Override
    public Double add(Double a, Double b) {
        return a + b;
    }

    @Override
    public Double multiply(Double a, Double b) {
        return a * b;
    }

    @Override
    public Double negate(Double a) {
        return -a;
    }

    @Override
    public Double theta(int j) {
        return theta[j];
    }

    @Override
    public Double velocity(int j) {
        return velocity[j];
    }

    @Override
    public Double time(LawNode.Time node) {
        return time;
    }

    @Override
    public Double exp(Double argument, LawNode.Exp node) {
        return Math.exp(argument);
    }
}
