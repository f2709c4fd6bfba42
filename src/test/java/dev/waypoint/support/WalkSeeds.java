package dev.waypoint.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * The seeds a generative test walks. Given as {@code 1..50} or {@code 4,9,17}; by default the fixed
 * seeds plus a few taken from the commit checked out, so every commit explores ground no earlier one
 * did while any run can be replayed from the seed its failure names.
 */
public final class WalkSeeds {

    private WalkSeeds() {}

    public static List<Long> chosen(String given, List<Long> fixed, int fromCommit) {
        if (given != null && !given.isBlank()) {
            return parse(given.strip());
        }
        List<Long> seeds = new ArrayList<>(fixed);
        commit().ifPresent(commit -> {
            for (int i = 0; i < fromCommit; i++) {
                long taken = Long.parseLong(commit.substring(i * 8, i * 8 + 8), 16) % 1_000_000 + 100;
                if (!seeds.contains(taken)) {
                    seeds.add(taken);
                }
            }
        });
        return seeds;
    }

    static List<Long> parse(String given) {
        if (given.contains("..")) {
            String[] ends = given.split("\\.\\.");
            return LongStream.rangeClosed(Long.parseLong(ends[0]), Long.parseLong(ends[1]))
                    .boxed()
                    .toList();
        }
        return Arrays.stream(given.split(","))
                .map(String::strip)
                .map(Long::valueOf)
                .toList();
    }

    /** The commit checked out, read from .git without a git binary; empty outside a clone. */
    static Optional<String> commit() {
        try {
            Path git = Path.of(".git");
            String head = Files.readString(git.resolve("HEAD")).strip();
            if (!head.startsWith("ref: ")) {
                return Optional.of(head);
            }
            String ref = head.substring("ref: ".length());
            Path loose = git.resolve(ref);
            if (Files.exists(loose)) {
                return Optional.of(Files.readString(loose).strip());
            }
            return Files.readAllLines(git.resolve("packed-refs")).stream()
                    .filter(line -> line.endsWith(" " + ref))
                    .map(line -> line.substring(0, 40))
                    .findFirst();
        } catch (IOException | RuntimeException notAClone) {
            return Optional.empty();
        }
    }
}
