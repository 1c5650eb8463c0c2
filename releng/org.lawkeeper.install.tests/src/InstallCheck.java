
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Starts an OSGi framework on every plug-in of an installation and checks that each Lawkeeper bundle
 * resolves and starts, and that the installation holds the Eclipse bundles in the versions that say
 * which Eclipse it is; prints one line per bundle and exits non-zero when anything is wrong.
 * Usage: {@code InstallCheck DESTINATION LABEL [BUNDLE=MAJOR.MINOR.MICRO ...]}.
 */
public final class InstallCheck {
    private static final Set<String> EXPECTED = Set.of("org.lawkeeper.api", "org.lawkeeper.core", "org.lawkeeper.ejml",
            "org.lawkeeper.harness", "org.lawkeeper.eclipse.core", "org.lawkeeper.eclipse.ui");

    public static void main(String[] args) throws Exception {
        Path destination = Path.of(args[0]);
        String label = args.length > 1 ? args[1] : destination.toString();
        Map<String, String> expectedVersions = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            expectedVersions.put(pair[0], pair[1]);
        }
        Path storage = Files.createTempDirectory("lawkeeper-install-check");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                "osgi.os", "linux", "osgi.ws", "gtk", "osgi.arch", "x86_64", "osgi.nl", "en"));
        framework.start();
        try {
            List<Bundle> bundles = install(framework, destination.resolve("plugins"));
            framework.adapt(FrameworkWiring.class).resolveBundles(bundles);
            Set<String> found = new TreeSet<>();
            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, String> expected : expectedVersions.entrySet()) {
                String actual = bundles.stream().filter(b -> expected.getKey().equals(b.getSymbolicName()))
                        .map(b -> b.getVersion().getMajor() + "." + b.getVersion().getMinor() + "."
                                + b.getVersion().getMicro())
                        .reduce((a, b) -> a + ", " + b).orElse("not installed");
                if (actual.equals(expected.getValue())) {
                    System.out.println("install check [" + label + "]: " + expected.getKey() + " " + actual);
                } else {
                    problems.add(expected.getKey() + " is " + actual + ", expected " + expected.getValue());
                }
            }
            for (Bundle bundle : bundles) {
                String name = bundle.getSymbolicName();
                if (name == null || !name.startsWith("org.lawkeeper.")) {
                    continue;
                }
                found.add(name);
                try {
                    bundle.start();
                    System.out.println("install check [" + label + "]: " + name + " " + bundle.getVersion()
                            + " resolved and started");
                } catch (BundleException e) {
                    problems.add(name + ": " + e.getMessage());
                }
            }
            Set<String> missing = new TreeSet<>(EXPECTED);
            missing.removeAll(found);
            if (!missing.isEmpty()) {
                problems.add("not installed: " + missing);
            }
            if (!problems.isEmpty()) {
                problems.forEach(p -> System.err.println("install check [" + label + "] FAILED: " + p));
                System.exit(1);
            }
            System.out.println("install check [" + label + "]: all " + found.size()
                    + " Lawkeeper bundles resolve and start (" + bundles.size() + " bundles installed)");
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    /** Installs every plug-in (jar or folder) except the framework itself. */
    private static List<Bundle> install(Framework framework, Path plugins) throws IOException, BundleException {
        List<Bundle> bundles = new ArrayList<>();
        try (Stream<Path> entries = Files.list(plugins)) {
            for (Path plugin : entries.sorted().toList()) {
                if (!plugin.getFileName().toString().startsWith("org.eclipse.osgi_")) {
                    bundles.add(framework.getBundleContext().installBundle("reference:" + plugin.toUri()));
                }
            }
        }
        return bundles;
    }
}
