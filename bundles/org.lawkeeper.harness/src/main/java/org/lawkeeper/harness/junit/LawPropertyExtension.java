package org.lawkeeper.harness.junit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.lawkeeper.harness.LawCheck;
import org.lawkeeper.harness.gen.Choices;
import org.lawkeeper.harness.gen.DiscardedException;
import org.lawkeeper.harness.gen.Gen;
import org.lawkeeper.harness.property.Counterexample;
import org.lawkeeper.harness.property.Property;
import org.lawkeeper.harness.property.PropertyResult;
import org.lawkeeper.harness.property.PropertySettings;
import org.lawkeeper.harness.trials.Trial;
import org.lawkeeper.harness.trials.TrialGens;
import org.opentest4j.TestAbortedException;

/**
 * Runs {@link LawProperty} methods: JUnit resolves the {@link ForAll} parameters once (with the first
 * try's values), then the interceptor takes over the invocation and calls the method once per try
 * with generated arguments, shrinking the first failure. Every try — shrinking's included — runs between
 * the test class's {@code @BeforeEach} and {@code @AfterEach} methods, as a test of its own would. The
 * statistics of each run are published through JUnit's reporter ({@code publishReportEntry}).
 */
public final class LawPropertyExtension implements ParameterResolver, InvocationInterceptor {
    private static final int PLACEHOLDER_ATTEMPTS = 100;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.isAnnotated(ForAll.class);
    }

    /** A placeholder JUnit requires before the interceptor runs the real tries: any generated value. */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Gen<?> generator = generator(context.getRequiredTestInstance(), parameter.getParameter());
        for (int seed = 0; seed < PLACEHOLDER_ATTEMPTS; seed++) {
            try {
                return generator.generate(Choices.fresh(seed));
            } catch (DiscardedException e) {
                // a filter rejected this one: draw again
            }
        }
        throw new ExtensionConfigurationException("the generator of " + parameter.getParameter().getName()
                + " discarded " + PLACEHOLDER_ATTEMPTS + " values in a row");
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context) throws Throwable {
        invocation.skip();
        Method method = invocationContext.getExecutable();
        Object target = invocationContext.getTarget().orElse(null);
        LawProperty annotation = method.getAnnotation(LawProperty.class);
        Gen<Object[]> arguments = arguments(target, method, List.of(annotation.controls()));
        Lifecycle lifecycle = new Lifecycle(context, target);
        PropertyResult<Object[]> result = new Property<>(arguments, args -> {
            lifecycle.beforeTry();
            invoke(method, target, args);
        }).check(settings(annotation));
        context.publishReportEntry("lawkeeper", result.summary());
        if (result.failure().isPresent()) {
            Counterexample<Object[]> c = result.failure().get();
            throw new AssertionError(report(method, c, result), c.failure());
        }
        List<String> coverage = result.statistics().coverageProblems();
        if (!coverage.isEmpty()) {
            throw new AssertionError(String.join("; ", coverage) + "\n" + result.summary());
        }
    }

    /**
     * Runs the class's {@code @AfterEach} and {@code @BeforeEach} methods between tries. JUnit itself
     * runs them around the whole property, that is before the first try and after the last.
     */
    private static final class Lifecycle {
        private final ExtensionContext context;
        private final Object target;
        private boolean first = true;

        Lifecycle(ExtensionContext context, Object target) {
            this.context = context;
            this.target = target;
        }

        void beforeTry() {
            if (first || target == null) {
                first = false;
                return;
            }
            Class<?> type = target.getClass();
            run(AnnotationSupport.findAnnotatedMethods(type, AfterEach.class, HierarchyTraversalMode.BOTTOM_UP));
            run(AnnotationSupport.findAnnotatedMethods(type, BeforeEach.class, HierarchyTraversalMode.TOP_DOWN));
        }

        private void run(List<Method> methods) {
            for (Method m : methods) {
                m.setAccessible(true);
                context.getExecutableInvoker().invoke(m, target);
            }
        }
    }

    static PropertySettings settings(LawProperty annotation) {
        String forced = System.getProperty(LawCheck.SEED_PROPERTY, "");
        String seed = !forced.isBlank() ? forced : annotation.seed();
        PropertySettings settings = PropertySettings.defaults().withTries(annotation.tries())
                .withMaxDiscardRatio(annotation.maxDiscardRatio())
                .withTimeBudget(Duration.ofSeconds(annotation.seconds())).withShrinkBudget(annotation.shrinkBudget());
        return seed.isBlank() ? settings : settings.withSeed(Long.parseLong(seed.strip()));
    }

    /** The generators of the method's parameters; {@code Trial} ones carry the annotation's controls. */
    @SuppressWarnings("unchecked")
    private static Gen<Object[]> arguments(Object target, Method method, List<String> controls) {
        List<Gen<?>> generators = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Gen<?> generator = generator(target, parameter);
            generators.add(parameter.getType() == Trial.class
                    ? TrialGens.withControls((Gen<Trial>) generator, controls) : generator);
        }
        return choices -> generators.stream().map(g -> g.generate(choices)).toArray();
    }

    private static Gen<?> generator(Object target, Parameter parameter) {
        ForAll forAll = parameter.getAnnotation(ForAll.class);
        if (forAll == null) {
            throw new ExtensionConfigurationException("parameter " + parameter.getName()
                    + " of a @LawProperty needs @ForAll(\"generatorMethod\")");
        }
        Method provider = provider(target.getClass(), forAll.value());
        try {
            provider.setAccessible(true);
            return (Gen<?>) provider.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ExtensionConfigurationException("generator method " + forAll.value() + " failed", e);
        }
    }

    private static Method provider(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == 0 && Gen.class.isAssignableFrom(m.getReturnType())) {
                    return m;
                }
            }
        }
        throw new ExtensionConfigurationException("no method " + name + "() returning a Gen in " + type.getName());
    }

    private static void invoke(Method method, Object target, Object[] args) {
        try {
            method.setAccessible(true);
            method.invoke(target, args);
        } catch (IllegalAccessException e) {
            throw new ExtensionConfigurationException("cannot call " + method, e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TestAbortedException aborted) {
                throw new DiscardedException(String.valueOf(aborted.getMessage()));
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new AssertionError(cause.toString(), cause);
        }
    }

    private static String report(Method method, Counterexample<Object[]> c, PropertyResult<Object[]> result) {
        Parameter[] parameters = method.getParameters();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < parameters.length; i++) {
            String name = parameters[i].isNamePresent() ? parameters[i].getName() : "argument " + (i + 1);
            values.append(i == 0 ? "" : "\n").append("  ").append(name).append(" = ").append(show(c.shrunk()[i]));
        }
        return String.format("property %s failed: %s%nshrunk counterexample (%d shrink candidates):%n%s%n"
                + "replay: @LawProperty(seed = \"%d\") or -D%s=%d%n%s", method.getName(), c.failure(),
                c.shrinkAttempts(), values, c.seed(), LawCheck.SEED_PROPERTY, c.seed(), result.summary());
    }

    private static String show(Object value) {
        return switch (value) {
            case Trial trial -> trial.describe().replace("\n", "\n    ");
            case double[] array -> Arrays.toString(array);
            case Object[] array -> Arrays.deepToString(array);
            case null -> "null";
            default -> value.toString();
        };
    }
}
