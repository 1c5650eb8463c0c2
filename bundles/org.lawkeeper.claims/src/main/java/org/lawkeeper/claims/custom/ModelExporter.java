package org.lawkeeper.claims.custom;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelDefinition;

/**
 * The child JVM's side of {@link ModelProtocol}: defines the model of a user's {@link ModelDefinition}
 * and prints it. Started by {@link ForkedModels} on the project's class path; before it exits it ends
 * every process its user code started, so that nothing outlives the definition.
 */
public final class ModelExporter {
    private ModelExporter() {
    }

    /** {@code args[0]}: the binary name of the class implementing {@link ModelDefinition}. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int code = 0;
        try {
            Class<?> type = Class.forName(args[0], true, Thread.currentThread().getContextClassLoader());
            if (!ModelDefinition.class.isAssignableFrom(type)) {
                ModelProtocol.writeError(args[0] + " does not implement ModelDefinition", out);
                code = 2;
            } else {
                Model model = ((ModelDefinition) type.getConstructor().newInstance()).define();
                ModelProtocol.write(model, out);
            }
        } catch (InvocationTargetException e) {
            ModelProtocol.writeError("the constructor of " + args[0] + " failed: " + e.getCause(), out);
            code = 3;
        } catch (ReflectiveOperationException e) {
            ModelProtocol.writeError("cannot instantiate " + args[0]
                    + " (a public no-argument constructor is needed): " + e, out);
            code = 3;
        } catch (Exception | LinkageError | StackOverflowError | OutOfMemoryError e) {
            ModelProtocol.writeError(args[0] + ".define() failed: " + e, out);
            code = 4;
        }
        out.flush();
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        Runtime.getRuntime().halt(code); // no shutdown hook of user code can hold the exit up
    }
}
