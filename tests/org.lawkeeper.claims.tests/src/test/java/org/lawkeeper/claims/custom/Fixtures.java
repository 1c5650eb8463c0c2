package org.lawkeeper.claims.custom;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelBuilder;
import org.lawkeeper.core.model.ModelDefinition;
import org.lawkeeper.core.polynomial.PolynomialMatrix;

/** Custom models as users write them, good and bad, run by {@link ForkedModelsTest} in child JVMs. */
final class Fixtures {
    private Fixtures() {
    }

    /** φ(u, v) = uv, under a name no line protocol could carry unescaped. */
    public static final class Hyperbola implements ModelDefinition {
        @Override
        public Model define() throws SpecException {
            ModelBuilder builder = Model.builder("hyperbola\nwith a newline");
            PolynomialMatrix u = builder.block("u", 1, 1);
            PolynomialMatrix v = builder.block("v", 1, 1);
            return builder.output(u.times(v)).build();
        }
    }

    /** A SwiGLU block written with the network builder: {@code net:3>swiglu(2)>dense(1)}, which has no factorisation. */
    public static final class SwiGluBlock implements ModelDefinition {
        @Override
        public Model define() throws SpecException {
            return Model.network(3).swiglu(2).dense(1).build();
        }
    }

    public static final class Failing implements ModelDefinition {
        @Override
        public Model define() {
            throw new IllegalStateException("no model today");
        }
    }

    /** Starts a long-running process, then never returns. */
    public static final class Spawner implements ModelDefinition {
        static final String MARK = "lawkeeper-fixture-sleeper";
        /** How long the started process would sleep: an argument no other process has. */
        static final String SECONDS = "6017";

        @Override
        public Model define() {
            try {
                new ProcessBuilder("sh", "-c", "sleep " + SECONDS, MARK).start();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            while (true) {
                Thread.onSpinWait();
            }
        }
    }

    /** Prints without end. */
    public static final class Chatty implements ModelDefinition {
        @Override
        public Model define() {
            String line = "x".repeat(1000);
            while (true) {
                System.out.println(line);
            }
        }
    }

    /** Holds 1 GB before it defines a model: more than the child's heap allows, far less than a default heap. */
    public static final class Greedy implements ModelDefinition {
        @Override
        public Model define() throws SpecException {
            List<byte[]> held = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                held.add(new byte[64 << 20]);
            }
            return held.size() == 16 ? new Hyperbola().define() : null;
        }
    }
}
