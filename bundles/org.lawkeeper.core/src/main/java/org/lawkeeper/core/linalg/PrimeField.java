package org.lawkeeper.core.linalg;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.hipparchus.fraction.BigFraction;

/**
 * Arithmetic in F_p for a prime 2^30 &lt; p &lt; 2^31. Elements are longs in [0, p). Products of two
 * elements fit in 62 bits and are reduced with a Barrett step (one 128-bit multiply-high), which is
 * several times faster than {@code %} in the hot loops of bracket evaluation and elimination.
 */
public final class PrimeField {
    private final long p;
    private final long barrett;

    public PrimeField(long prime) {
        if (prime <= (1L << 30) || prime >= (1L << 31) || !isPrime(prime)) {
            throw new IllegalArgumentException(prime + " is not a prime between 2^30 and 2^31");
        }
        this.p = prime;
        this.barrett = Long.divideUnsigned(-1L, prime);
    }

    /** A random prime in (2^30, 2^31), different for different random states. */
    public static PrimeField random(RandomGenerator random) {
        while (true) {
            long candidate = (1L << 30) + 1 + random.nextLong((1L << 30) - 1);
            if (isPrime(candidate)) {
                return new PrimeField(candidate);
            }
        }
    }

    /**
     * Exact primality of an odd {@code n} in (2^30, 2^31): strong probable primes to the bases 2, 3, 5 and 7
     * are prime below 3,215,031,751 (docs/ALGORITHMS.md §5.1). Four modular powers in longs instead of a
     * {@code BigInteger} test: a one-shot call draws its primes in the interpreter.
     */
    private static boolean isPrime(long n) {
        if ((n & 1) == 0) {
            return false;
        }
        long odd = n - 1;
        int twos = Long.numberOfTrailingZeros(odd);
        odd >>= twos;
        for (long base : new long[] {2, 3, 5, 7}) {
            if (!strongProbablePrime(n, base, odd, twos)) {
                return false;
            }
        }
        return true;
    }

    /** Miller-Rabin's test of {@code n - 1 = odd * 2^twos} to {@code base}; products of residues fit in 62 bits. */
    private static boolean strongProbablePrime(long n, long base, long odd, int twos) {
        long x = 1;
        long power = base;
        for (long e = odd; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                x = x * power % n;
            }
            power = power * power % n;
        }
        if (x == 1 || x == n - 1) {
            return true;
        }
        for (int i = 1; i < twos; i++) {
            x = x * x % n;
            if (x == n - 1) {
                return true;
            }
        }
        return false;
    }

    /** A random prime in (2^30, 2^31) that {@code suitable} accepts. */
    public static PrimeField random(RandomGenerator random, Predicate<PrimeField> suitable) {
        while (true) {
            PrimeField field = random(random);
            if (suitable.test(field)) {
                return field;
            }
        }
    }

    /**
     * {@code count} distinct random primes in (2^30, 2^31) that {@code suitable} accepts, drawn one after
     * another from {@code random}.
     */
    public static List<PrimeField> distinct(RandomGenerator random, int count, Predicate<PrimeField> suitable) {
        List<PrimeField> primes = new ArrayList<>(count);
        while (primes.size() < count) {
            primes.add(random(random, f -> suitable.test(f) && primes.stream().noneMatch(q -> q.p == f.p)));
        }
        return primes;
    }

    public long prime() {
        return p;
    }

    /** Reduces any 0 ≤ x &lt; 2^63. */
    public long reduce(long x) {
        long r = x - Math.multiplyHigh(x, barrett) * p;
        return r >= p ? r - p : r;
    }

    public long add(long a, long b) {
        long s = a + b;
        return s >= p ? s - p : s;
    }

    public long subtract(long a, long b) {
        long d = a - b;
        return d < 0 ? d + p : d;
    }

    public long negate(long a) {
        return a == 0 ? 0 : p - a;
    }

    public long multiply(long a, long b) {
        return reduce(a * b);
    }

    public long inverse(long a) {
        if (a == 0) {
            throw new ArithmeticException("inverse of 0 in F_" + p);
        }
        return power(a, p - 2);
    }

    public long power(long base, long exponent) {
        long result = 1;
        long b = base;
        for (long e = exponent; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = multiply(result, b);
            }
            b = multiply(b, b);
        }
        return result;
    }

    /**
     * A square root of {@code a} (Tonelli–Shanks), the smaller of the two representatives so that the same
     * input always gives the same root; −1 when {@code a} is not a square mod p.
     */
    public long squareRoot(long a) {
        if (a == 0) {
            return 0;
        }
        if (power(a, (p - 1) / 2) != 1) {
            return -1;
        }
        long q = p - 1;
        int s = 0;
        while ((q & 1) == 0) {
            q >>= 1;
            s++;
        }
        long z = 2;
        while (power(z, (p - 1) / 2) != p - 1) {
            z++;
        }
        long c = power(z, q);
        long r = power(a, (q + 1) / 2);
        long t = power(a, q);
        int m = s;
        while (t != 1) {
            int i = 0;
            for (long u = t; u != 1; u = multiply(u, u)) {
                i++;
            }
            long b = c;
            for (int k = 0; k < m - i - 1; k++) {
                b = multiply(b, b);
            }
            r = multiply(r, b);
            c = multiply(b, b);
            t = multiply(t, c);
            m = i;
        }
        return Math.min(r, p - r);
    }

    /** The image of an integer in F_p. */
    public long fromLong(long value) {
        long r = value % p;
        return r < 0 ? r + p : r;
    }

    /** The image of a rational whose denominator is not divisible by p. */
    public long fromRational(BigFraction value) {
        long num = residue(value.getNumerator());
        long den = residue(value.getDenominator());
        if (den == 0) {
            throw new ArithmeticException("denominator of " + value + " vanishes mod " + p);
        }
        // most coefficients are integers: no inverse (60 multiplications, run cold while a one-shot count compiles)
        return den == 1 ? num : multiply(num, inverse(den));
    }

    /** x mod p in [0, p); in longs when x fits in one. */
    private long residue(BigInteger x) {
        return x.bitLength() < Long.SIZE ? Math.floorMod(x.longValue(), p) : x.mod(BigInteger.valueOf(p)).longValue();
    }

    /** The rational of smallest height congruent to {@code a} (rational reconstruction), if its parts are below √(p/2). */
    public BigFraction reconstruct(long a) {
        long bound = (long) Math.sqrt(p / 2.0);
        long r0 = p;
        long r1 = a;
        long t0 = 0;
        long t1 = 1;
        while (r1 > bound) {
            long q = r0 / r1;
            long r2 = r0 - q * r1;
            r0 = r1;
            r1 = r2;
            long t2 = t0 - q * t1;
            t0 = t1;
            t1 = t2;
        }
        if (t1 == 0 || Math.abs(t1) > bound) {
            throw new ArithmeticException(a + " has no small rational preimage mod " + p);
        }
        return new BigFraction(BigInteger.valueOf(r1), BigInteger.valueOf(t1));
    }

    public long randomElement(RandomGenerator random) {
        return random.nextLong(p);
    }

    @Override
    public String toString() {
        return "F_" + p;
    }
}
