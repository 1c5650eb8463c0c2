package org.lawkeeper.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the Java sources of a check are, and how to read and name them.
 *
 * @param base     the folder that reports name files relative to (a build's top-level project, the scanned
 *                 folder of the command line): SARIF consumers resolve paths against it
 * @param roots    the folders searched for {@code .java} files; missing ones are skipped
 * @param encoding the sources' encoding
 */
public record SourceTree(Path base, List<Path> roots, Charset encoding) {

    public SourceTree {
        base = base.toAbsolutePath().normalize();
        roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).distinct().toList();
    }

    /** Every {@code .java} file under the roots, each once, in a stable order; hidden folders are left out. */
    public List<Path> javaFiles() throws IOException {
        try {
            return roots.stream().filter(Files::isDirectory).flatMap(SourceTree::walk)
                    .filter(file -> file.getFileName().toString().endsWith(".java") && Files.isRegularFile(file))
                    .distinct().sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Stream<Path> walk(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> !hidden(root.relativize(file))).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a path under a root passes through a hidden folder ({@code .git}, {@code .idea}, …). */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The text of {@code file}; a file that is not in the tree's encoding is named in the exception. */
    public String read(Path file) throws IOException {
        try {
            return Files.readString(file, encoding);
        } catch (CharacterCodingException e) {
            throw new IOException(name(file) + " is not valid " + encoding.name() + " text", e);
        }
    }

    /** {@code file} as reports name it: relative to the base with {@code /} separators, else absolute. */
    public String name(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace(java.io.File.separatorChar, '/');
    }
}
