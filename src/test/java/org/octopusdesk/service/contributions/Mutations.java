package org.octopusdesk.service.contributions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile and careless variants of a valid file, from a fixed seed so a failure can be replayed: truncations,
 * flipped and inserted bytes, byte-order marks and other encodings, huge fields and lines, many rows, formula
 * cells, numbers at and past the columns' limits, and ZIPs of them (slip names, nesting, a bomb).
 */
final class Mutations {

    /** A named file of the corpus. */
    record Sample(String name, byte[] content) {
    }

    private static final int MAX_GENERATED = 20_000_000;

    private final Random random;
    private final int maxRepeats;

    /**
     * @param maxRepeats the most times a line is repeated to make a long file (a valid contributions line repeated
     *     100,000 times is issue 9's slow import, finding 6, not a memory test)
     */
    Mutations(long seed, int maxRepeats) {
        this.random = new Random(seed);
        this.maxRepeats = maxRepeats;
    }

    /** {@code count} variants of {@code base}, each kind in turn, made one at a time as they are used. */
    java.util.stream.Stream<Sample> of(String name, byte[] base, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> new Sample(name + "#" + i + "-" + i % 14, mutate(base, i % 14)));
    }

    private byte[] mutate(byte[] base, int kind) {
        String text = new String(base, StandardCharsets.UTF_8);
        return switch (kind) {
            case 0 -> java.util.Arrays.copyOf(base, random.nextInt(base.length + 1));
            case 1 -> flip(base, 1 + random.nextInt(8));
            case 2 -> insert(base, randomBytes(1 + random.nextInt(64)));
            case 3 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, base);
            case 4 -> text.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16);
            case 5 -> text.replace("a", "\u00e4").getBytes(StandardCharsets.ISO_8859_1);
            case 6 -> insert(base, "x".repeat(5_000 + random.nextInt(20_000)).getBytes(StandardCharsets.US_ASCII));
            case 7 -> insert(base, "7".repeat(100_000 + random.nextInt(50_000)).getBytes(StandardCharsets.US_ASCII));
            case 8 -> repeatLine(text, 1 + random.nextInt(maxRepeats));
            case 9 -> replaceNumber(text, List.of("=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", "+1+1", "-1-1",
                    "\t=1+1").get(random.nextInt(5)));
            case 10 -> replaceNumber(text, List.of("9999999999999999", "10000000000000000", "9999999999999999.9999",
                    "1e10000000", "1E+100000000", "0." + "0".repeat(5_000) + "1", "9".repeat(9_999), "-0", "NaN",
                    "Infinity").get(random.nextInt(10)));
            case 11 -> dropOrDuplicateLine(text);
            case 12 -> text.replace(',', ';').replace('.', ',').getBytes(StandardCharsets.UTF_8);
            default -> zip(random.nextBoolean() ? "../evil.csv" : "inner.xml", base);
        };
    }

    private byte[] flip(byte[] base, int times) {
        byte[] copy = base.clone();
        for (int i = 0; i < times && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return copy;
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] insert(byte[] base, byte[] inserted) {
        int at = random.nextInt(base.length + 1);
        byte[] result = new byte[base.length + inserted.length];
        System.arraycopy(base, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(base, at, result, at + inserted.length, base.length - at);
        return result;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] result = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, result, first.length, second.length);
        return result;
    }

    private byte[] repeatLine(String text, int times) {
        List<String> lines = text.lines().toList();
        String line = lines.get(Math.min(lines.size() - 1, 1 + random.nextInt(Math.max(1, lines.size() - 1))));
        // At most about 20 MB, so the corpus itself fits the small heap it runs in.
        times = Math.min(times, MAX_GENERATED / (line.length() + 1));
        StringBuilder result = new StringBuilder(text);
        result.append(line.isEmpty() ? "" : "\n").append((line + "\n").repeat(times));
        return result.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The first number of a random line after the header, or of the file, replaced by {@code replacement}. */
    private byte[] replaceNumber(String text, String replacement) {
        java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("(?<=[,\">=])\\d+(\\.\\d+)?").matcher(text);
        List<int[]> found = new ArrayList<>();
        while (numbers.find()) {
            found.add(new int[] {numbers.start(), numbers.end()});
        }
        if (found.isEmpty()) {
            return (text + replacement).getBytes(StandardCharsets.UTF_8);
        }
        int[] at = found.get(random.nextInt(found.size()));
        return (text.substring(0, at[0]) + replacement + text.substring(at[1])).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] dropOrDuplicateLine(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int at = random.nextInt(lines.size());
        if (random.nextBoolean()) {
            lines.remove(at);
        } else {
            lines.add(at, lines.get(at));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(String entryName, byte[]... contents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < contents.length; i++) {
                zip.putNextEntry(new ZipEntry(i == 0 ? entryName : "other" + i + ".csv"));
                zip.write(contents[i]);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A ZIP whose one entry inflates to {@code megabytes} of zeros. */
    static byte[] bomb(String entryName, int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entryName));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
