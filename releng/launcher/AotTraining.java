import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * The training run behind the launcher's ahead-of-time cache (JDK 25, JEP 483/514): runs a few
 * representative command lines in one JVM, output discarded, so that the classes of all of them
 * land in the cache. Compiled by ./lawkeeper right after a build into training.jar, the last
 * entry of the CLI's class path, and run as
 * {@code java -XX:AOTCacheOutput=FILE -cp CLI_CLASS_PATH:training.jar AotTraining LINE…}.
 * (Not in source-launcher mode: that adds modules to the run, and the cache would not match.)
 *
 * <p>Arguments: command lines, one per argument, words separated by spaces. It calls the CLI's
 * {@code Main.run}, which returns instead of exiting; should that method ever change, it falls back
 * to {@code Main.main} with the first command line alone (a smaller cache, never a failed build).
 */
public final class AotTraining {
    public static void main(String[] commandLines) throws Exception {
        Class<?> main = Class.forName("org.lawkeeper.cli.Main");
        Method run;
        Object noCancellation;
        try {
            Class<?> cancellation = Class.forName("org.lawkeeper.core.Cancellation");
            run = main.getDeclaredMethod("run", List.class, PrintStream.class, PrintStream.class, cancellation);
            run.setAccessible(true);
            noCancellation = cancellation.getMethod("none").invoke(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            main.getMethod("main", String[].class).invoke(null, (Object) commandLines[0].split(" "));
            return;
        }
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, "UTF-8");
        for (String line : commandLines) {
            run.invoke(null, Arrays.asList(line.split(" ")), discard, discard, noCancellation);
        }
    }
}
