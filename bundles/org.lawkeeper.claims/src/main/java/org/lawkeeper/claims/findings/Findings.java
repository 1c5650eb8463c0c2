package org.lawkeeper.claims.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lawkeeper.claims.analysis.ClaimResult;
import org.lawkeeper.claims.analysis.DeclarationResult;
import org.lawkeeper.claims.analysis.FlowResult;
import org.lawkeeper.claims.analysis.Messages;
import org.lawkeeper.claims.findings.Finding.Kind;
import org.lawkeeper.claims.findings.Finding.Location;
import org.lawkeeper.claims.findings.Finding.Severity;
import org.lawkeeper.claims.scan.Claim;
import org.lawkeeper.claims.scan.Declaration;
import org.lawkeeper.core.analysis.HoldingLaw;

/** Turns the results of one source file into findings: the decisions of what markers and reports show. */
public final class Findings {
    private Findings() {
    }

    /** The findings of {@code results}, located in {@code source}, in source order. */
    public static List<Finding> of(String source, List<DeclarationResult> results) {
        List<Finding> findings = new ArrayList<>();
        for (DeclarationResult result : results) {
            Declaration declaration = result.declaration();
            if (result.modelProblem() != null) {
                Severity severity = switch (result.problemKind()) {
                    case ERROR -> Severity.ERROR;
                    case LIMIT -> Severity.WARNING;
                    case PENDING -> Severity.INFO;
                };
                findings.add(new Finding(Kind.MODEL, severity,
                        new Location(declaration.line(), declaration.start(), declaration.length()),
                        result.modelProblem(), result.modelProblem(), declaration.binaryName(), result.model(),
                        Optional.empty(), Optional.empty(), List.of()));
                continue;
            }
            for (ClaimResult claim : result.claims()) {
                findings.add(claim(source, result, claim));
            }
            for (FlowResult flow : result.flows()) {
                if (flow.incomplete()) {
                    findings.add(incomplete(result, flow));
                }
            }
        }
        return findings;
    }

    private static Finding claim(String source, DeclarationResult result, ClaimResult claimResult) {
        Claim claim = claimResult.claim();
        Location location = new Location(claim.line(), claim.annotationStart(), claim.annotationLength());
        int column = claimResult.outcome().column();
        if (column > 0) {
            // point at the offending character of the law, on its own line
            int offset = Math.min(claim.lawStart() + column - 1, source.length());
            location = new Location(lineOf(source, offset), offset, 1);
        }
        Optional<FlowResult> flow = Optional.ofNullable(claim.flow()).flatMap(result::flow);
        List<HoldingLaw> holding = flow.map(FlowResult::laws).orElse(List.of());
        // a violated claim is replaced by the laws that hold beyond the other claims, never by a copy of one
        List<HoldingLaw> replacements = flow.map(FlowResult::missing).orElse(List.of());
        String message = claimResult.outcome().message();
        Kind kind = switch (claimResult.outcome().status()) {
            case CONSERVED -> Kind.CONSERVED;
            case VIOLATED -> Kind.VIOLATED;
            case MALFORMED -> Kind.MALFORMED;
            case UNCHECKED -> Kind.UNCHECKED;
        };
        Severity severity = switch (kind) {
            case CONSERVED -> Severity.NONE;
            case UNCHECKED -> Severity.WARNING;
            default -> Severity.ERROR;
        };
        return new Finding(kind, severity, location, message, details(message, claim.flow(), holding, result),
                result.declaration().binaryName(), result.model(), Optional.ofNullable(claim.flow()),
                Optional.ofNullable(claim.law()), kind == Kind.VIOLATED ? replacements : List.of());
    }

    private static Finding incomplete(DeclarationResult result, FlowResult flow) {
        Claim first = result.claims().stream().map(ClaimResult::claim).filter(c -> flow.flow().equals(c.flow()))
                .findFirst().orElseThrow();
        String message = Messages.format("incomplete", flow.count(), flow.flow(), flow.claimed());
        return new Finding(Kind.INCOMPLETE, Severity.INFO,
                new Location(first.line(), first.annotationStart(), first.annotationLength()), message,
                details(message, flow.flow(), flow.laws(), result), result.declaration().binaryName(), result.model(),
                Optional.of(flow.flow()), Optional.empty(), flow.missing());
    }

    /** The hover text: the verdict, then the count's certificate, then the laws that hold in readable form. */
    private static String details(String message, String flow, List<HoldingLaw> laws, DeclarationResult result) {
        StringBuilder text = new StringBuilder(message);
        Optional.ofNullable(flow).flatMap(result::flow).ifPresent(f -> {
            text.append("\n\n").append(result.model()).append(" under ").append(flow).append(": ")
                    .append(f.certificate());
            if (!laws.isEmpty()) {
                text.append("\nLaws that hold under ").append(flow).append(":\n")
                        .append(laws.stream().map(law -> "  " + law.readable() + " = const")
                                .collect(Collectors.joining("\n")));
            }
        });
        return text.toString();
    }

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
