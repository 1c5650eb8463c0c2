package org.lawkeeper.harness.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, started as a careful probe: no sandbox (tests run as root), no GPU, no network
 * of its own (no QUIC, background fetches, component updates or sync), a fresh profile, and a window of a
 * given size at a device scale of one, so that CSS pixels are screenshot pixels.
 */
final class Chromium {
    private static final long TIMEOUT_SECONDS = 120;

    private final Path executable;
    private final Path work;

    private Chromium(Path executable, Path work) {
        this.executable = executable;
        this.work = work;
    }

    /** Chromium from the {@code PATH}; fails the test with one line when it is not installed. */
    static Chromium find(Path work) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, "chromium")).filter(Files::isExecutable).findFirst()
                .map(path -> new Chromium(path, work))
                .orElseGet(() -> fail("chromium is not installed: the HTML report is rendered in Debian's package "
                        + "chromium (apt-get install chromium), which ./lawkeeper test provides"));
    }

    /** The DOM of {@code page} after its scripts ran, serialised. */
    String dumpDom(Path page, int width, int height) throws IOException, InterruptedException {
        Path dom = work.resolve("dom.html");
        run(dom, "--window-size=" + width + "," + height, "--dump-dom", page.toUri().toString());
        return Files.readString(dom, StandardCharsets.UTF_8);
    }

    /** A PNG of the first {@code width} × {@code height} pixels of {@code page}. */
    Path screenshot(Path page, int width, int height) throws IOException, InterruptedException {
        Path png = work.resolve("screenshot.png");
        run(work.resolve("screenshot.log"), "--window-size=" + width + "," + height, "--screenshot=" + png,
                page.toUri().toString());
        return png;
    }

    /** Runs Chromium on {@code arguments}, its standard output into {@code output}; fails on error or timeout. */
    private void run(Path output, String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--hide-scrollbars",
                "--force-device-scale-factor=1"));
        command.addAll(List.of(arguments));
        Path errors = work.resolve("chromium-errors.log");
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            fail("chromium exited with " + process.exitValue() + ": " + Files.readString(errors).strip());
        }
    }
}
