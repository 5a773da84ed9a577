package dev.studyportal.core.review.fsrs;

import java.util.random.RandomGenerator;

/**
 * CPython's {@code random} module generator (MT19937 seeded through {@code init_by_array}), so that a test can
 * call {@code random.seed(n)} as a py-fsrs test does and get the same fuzz draws.
 */
final class PythonRandom implements RandomGenerator {

    private static final int N = 624;
    private static final int M = 397;

    private final int[] state = new int[N];
    private int index;

    /** Python's {@code random.seed(seed)} for a seed in [0, 2^32). */
    PythonRandom(long seed) {
        if (seed < 0 || seed > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("Only seeds that fit one 32-bit key word are supported: " + seed);
        }
        initByArray(new int[] {(int) seed});
    }

    /** Python's {@code random.random()}: 53 random bits from two 32-bit draws. */
    @Override
    public double nextDouble() {
        int a = nextInt32() >>> 5;
        int b = nextInt32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    @Override
    public long nextLong() {
        return ((long) nextInt32() << 32) | (nextInt32() & 0xFFFF_FFFFL);
    }

    private void initGenrand(int seed) {
        state[0] = seed;
        for (int i = 1; i < N; i++) {
            state[i] = 1812433253 * (state[i - 1] ^ (state[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
        }
        state[0] = 0x8000_0000;
    }

    private int nextInt32() {
        if (index >= N) {
            twist();
        }
        int y = state[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9D2C_5680;
        y ^= (y << 15) & 0xEFC6_0000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        for (int k = 0; k < N; k++) {
            int y = (state[k] & 0x8000_0000) | (state[(k + 1) % N] & 0x7FFF_FFFF);
            state[k] = state[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908_B0DF : 0);
        }
        index = 0;
    }
}
