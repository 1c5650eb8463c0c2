import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * The training run behind the launcher's ahead-of-time cache (JDK 25, JEP 483/514): runs a few
 * representative command lines in one JVM, so that the classes of all of them land in the cache.
 * Compiled by ./lawkeeper right after a build into training.jar, the last entry of the CLI's class
 * path, and run as
 * {@code java -XX:AOTCacheOutput=FILE -cp CLI_CLASS_PATH:training.jar AotTraining LINE…}.
 * (Not in source-launcher mode: that adds modules to the run, and the cache would not match.)
 *
 * <p>Arguments: command lines, one per argument, words separated by spaces. All but the last go
 * through the CLI's {@code Main.run}, which returns instead of exiting, output discarded. The last
 * goes through {@code Main.main}, as a real call does: what only a real call loads or spins up at
 * run time (the interrupt hook's lambda, the exit path, writing to the real stdout: 6 ms of a
 * one-shot count, measured) is then in the cache too. Should {@code Main.run} ever change, every
 * line but the last is skipped (a smaller cache, never a failed build).
 */
public final class AotTraining {
    public static void main(String[] commandLines) throws Exception {
        Class<?> main = Class.forName("org.lawkeeper.cli.Main");
        int last = commandLines.length - 1;
        try {
            Class<?> cancellation = Class.forName("org.lawkeeper.core.Cancellation");
            Method run = main.getDeclaredMethod("run", List.class, PrintStream.class, PrintStream.class,
                    cancellation);
            run.setAccessible(true);
            Object noCancellation = cancellation.getMethod("none").invoke(null);
            PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, "UTF-8");
            for (String line : Arrays.asList(commandLines).subList(0, last)) {
                run.invoke(null, Arrays.asList(line.split(" ")), discard, discard, noCancellation);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("AotTraining: Main.run not usable (" + e + "); training on the last line only");
        }
        main.getMethod("main", String[].class).invoke(null, (Object) commandLines[last].split(" "));
    }
}
