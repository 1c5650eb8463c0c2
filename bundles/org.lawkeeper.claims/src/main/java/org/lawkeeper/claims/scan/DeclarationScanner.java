package org.lawkeeper.claims.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.dom.AST;
import org.eclipse.jdt.core.dom.ASTNode;
import org.eclipse.jdt.core.dom.ASTParser;
import org.eclipse.jdt.core.dom.ASTVisitor;
import org.eclipse.jdt.core.dom.AbstractTypeDeclaration;
import org.eclipse.jdt.core.dom.Annotation;
import org.eclipse.jdt.core.dom.ArrayInitializer;
import org.eclipse.jdt.core.dom.CompilationUnit;
import org.eclipse.jdt.core.dom.Expression;
import org.eclipse.jdt.core.dom.MemberValuePair;
import org.eclipse.jdt.core.dom.NormalAnnotation;
import org.eclipse.jdt.core.dom.SingleMemberAnnotation;
import org.eclipse.jdt.core.dom.StringLiteral;
import org.eclipse.jdt.core.dom.Type;
import org.eclipse.jdt.core.dom.TypeDeclaration;

/**
 * Finds {@code @LawModel} classes and their {@code @Conserves} claims in Java source with JDT's
 * parser, without bindings and without running any user code; inside Eclipse and outside it alike. Names are matched by their simple
 * or qualified form, so a file compiles or not independently of this scan.
 */
public final class DeclarationScanner {
    private static final String API = "org.lawkeeper.api.";

    private DeclarationScanner() {
    }

    /** The declarations in one compilation unit's source text. */
    public static List<Declaration> scan(String source) {
        if (!source.contains("LawModel")) {
            return List.of(); // the common case: not worth a parse
        }
        ASTParser parser = ASTParser.newParser(AST.getJLSLatest());
        // fresh options, not JavaCore.getOptions(): outside Eclipse there is no workspace to read them from
        Map<String, String> options = new HashMap<>();
        JavaCore.setComplianceOptions(JavaCore.latestSupportedJavaVersion(), options);
        parser.setCompilerOptions(options);
        parser.setKind(ASTParser.K_COMPILATION_UNIT);
        parser.setSource(source.toCharArray());
        CompilationUnit unit = (CompilationUnit) parser.createAST(null);
        List<Declaration> found = new ArrayList<>();
        unit.accept(new ASTVisitor() {
            @Override
            public boolean visit(TypeDeclaration type) {
                declaration(unit, source, type).ifPresent(found::add);
                return true;
            }
        });
        return found;
    }

    private static Optional<Declaration> declaration(CompilationUnit unit, String source,
            TypeDeclaration type) {
        Annotation model = null;
        List<Claim> claims = new ArrayList<>();
        int insertAt = -1;
        for (Object modifier : type.modifiers()) {
            if (!(modifier instanceof Annotation annotation)) {
                continue;
            }
            String name = simpleName(annotation.getTypeName().getFullyQualifiedName());
            if (name.equals("LawModel")) {
                model = annotation;
            } else if (name.equals("Conserves")) {
                claims.add(claim(unit, annotation));
            } else if (name.equals("Conserves.List")) {
                containedClaims(unit, annotation, claims);
            } else {
                continue;
            }
            insertAt = annotation.getStartPosition() + annotation.getLength();
        }
        if (model == null) {
            return Optional.empty();
        }
        String spec = model instanceof SingleMemberAnnotation single ? literal(single.getValue())
                : model instanceof NormalAnnotation normal ? literal(member(normal, "value")) : "";
        boolean custom = type.superInterfaceTypes().stream()
                .anyMatch(t -> simpleName(((Type) t).toString()).equals("ModelDefinition"));
        return Optional.of(new Declaration(type.getName().getIdentifier(), binaryName(unit, type), spec, custom,
                unit.getLineNumber(model.getStartPosition()), model.getStartPosition(), model.getLength(), claims,
                insertAt, indent(source, model.getStartPosition())));
    }

    private static String binaryName(CompilationUnit unit, TypeDeclaration type) {
        String name = type.getName().getIdentifier();
        for (ASTNode parent = type.getParent(); parent instanceof AbstractTypeDeclaration outer; parent = outer.getParent()) {
            name = outer.getName().getIdentifier() + "$" + name;
        }
        return unit.getPackage() == null ? name : unit.getPackage().getName().getFullyQualifiedName() + "." + name;
    }

    private static void containedClaims(CompilationUnit unit, Annotation container, List<Claim> claims) {
        Expression value = container instanceof SingleMemberAnnotation single ? single.getValue()
                : container instanceof NormalAnnotation normal ? member(normal, "value") : null;
        List<?> items = value instanceof ArrayInitializer array ? array.expressions() : List.of(value);
        for (Object item : items) {
            if (item instanceof Annotation annotation) {
                claims.add(claim(unit, annotation));
            }
        }
    }

    private static Claim claim(CompilationUnit unit, Annotation annotation) {
        NormalAnnotation normal = annotation instanceof NormalAnnotation n ? n : null;
        Expression law = normal == null ? null : member(normal, "law");
        return new Claim(normal == null ? null : literal(member(normal, "flow")), literal(law),
                unit.getLineNumber(annotation.getStartPosition()), annotation.getStartPosition(),
                annotation.getLength(), law == null ? annotation.getStartPosition() : law.getStartPosition() + 1);
    }

    private static Expression member(NormalAnnotation annotation, String name) {
        for (Object value : annotation.values()) {
            MemberValuePair pair = (MemberValuePair) value;
            if (pair.getName().getIdentifier().equals(name)) {
                return pair.getValue();
            }
        }
        return null;
    }

    /** The value of a string literal; {@code null} for anything else (constants are not evaluated). */
    private static String literal(Expression expression) {
        return expression instanceof StringLiteral literal ? literal.getLiteralValue() : null;
    }

    private static String simpleName(String name) {
        String plain = name.startsWith(API) ? name.substring(API.length()) : name;
        int generic = plain.indexOf('<');
        return generic < 0 ? plain : plain.substring(0, generic);
    }

    private static String indent(String source, int offset) {
        int lineStart = source.lastIndexOf('\n', offset - 1) + 1;
        int end = lineStart;
        while (end < offset && Character.isWhitespace(source.charAt(end))) {
            end++;
        }
        return source.substring(lineStart, end);
    }
}
