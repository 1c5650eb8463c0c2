package org.lawkeeper.eclipse.core.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.lawkeeper.claims.analysis.AnalysisCache;
import org.lawkeeper.claims.analysis.AnalysisSettings;
import org.lawkeeper.claims.analysis.DeclarationAnalyzer;
import org.lawkeeper.claims.analysis.DeclarationResult;
import org.lawkeeper.claims.scan.Declaration;
import org.lawkeeper.claims.scan.DeclarationScanner;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.count.CountOptions;

/** What the headless tests share: a source with claims, its analysis, and files of a workspace. */
final class Sources {
    /** Two claims of a linear net: gradient-flow balancedness (conserved) and under momentum (violated). */
    static final String DEEP = """
            package models;

            @LawModel("linear:2,3,2")
            @Conserves(flow = "gf", law = "U1^T*U1 - U2*U2^T")
            @Conserves(flow = "momentum", law = "U1^T*U1 - U2*U2^T")
            public class Deep {
            }
            """;
    /** A SwiGLU block: the C1 law conserved, the law a bilinear GLU would have for B1 violated. */
    static final String SWIGLU = """
            package models;

            @LawModel("net:3>swiglu(2)>dense(1)")
            @Conserves(flow = "gf", law = "norm2(W1, cols)^T - norm2(C1, rows)")
            @Conserves(flow = "gf", law = "norm2(W1, cols)^T - norm2(B1, rows)")
            public class SwiGlu {
            }
            """;
    static final AnalysisSettings SETTINGS = new AnalysisSettings(Duration.ofSeconds(30), CountOptions.DEFAULT_SEED,
            true, 1e-9, 5);

    private Sources() {
    }

    /** The analysis of every declaration of {@code source}, as the analysis job makes it. */
    static List<DeclarationResult> analyse(String source) throws Exception {
        DeclarationAnalyzer analyzer = new DeclarationAnalyzer(new AnalysisCache(), SETTINGS, Cancellation.none(),
                declaration -> {
                    throw new AssertionError("no custom model here");
                }, Limits.DEFAULT);
        List<DeclarationResult> results = new ArrayList<>();
        for (Declaration declaration : DeclarationScanner.scan(source)) {
            results.add(analyzer.analyse(declaration));
        }
        return results;
    }

    /** {@code path} in a fresh project {@code name} of the workspace, holding {@code source}. */
    static IFile file(String project, String path, String source) throws CoreException {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(project);
        if (p.exists()) {
            p.delete(true, null);
        }
        p.create(null);
        p.open(null);
        IFile file = p.getFile(path);
        file.create(stream(source), true, null);
        return file;
    }

    static String read(IFile file) throws CoreException {
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
