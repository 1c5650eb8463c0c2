package org.lawkeeper.claims.scan;

import java.util.List;
import org.lawkeeper.core.model.ModelDefinition;

/**
 * A class annotated {@code @LawModel}, with its claims.
 *
 * @param typeName   the class's simple name
 * @param binaryName the class's binary name ({@code p.Outer$Inner}), to load a custom model
 * @param modelSpec  the built-in model spec; {@code ""} for a custom model, {@code null} when not a literal
 * @param custom     whether the class implements {@code ModelDefinition}
 * @param line       1-based line of the {@code @LawModel} annotation
 * @param start      offset of the {@code @LawModel} annotation
 * @param length     length of the {@code @LawModel} annotation
 * @param claims     the {@code @Conserves} claims, in source order
 * @param insertAt   offset after the last annotation of the class, where new claims go
 * @param indent     the whitespace before the {@code @LawModel} annotation on its line
 */
public record Declaration(String typeName, String binaryName, String modelSpec, boolean custom, int line, int start, int length,
        List<Claim> claims, int insertAt, String indent) {

    public Declaration {
        claims = List.copyOf(claims);
    }

    /** This declaration with only {@code kept} of its claims: what a check restricted to some flows decides. */
    public Declaration withClaims(List<Claim> kept) {
        return new Declaration(typeName, binaryName, modelSpec, custom, line, start, length, kept, insertAt, indent);
    }
}
