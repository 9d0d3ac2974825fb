package dev.leanjdbc.benchmarks.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where the numbers come from: CPU, cores, memory and OS of this machine, and the versions of the databases
 * and libraries the benchmarks were built with (from the root pom, through {@code versions.properties}).
 */
record Machine(String cpu, int cores, String memory, String os, Map<String, String> versions) {

    static Machine detect() {
        List<String> cpuinfo = lines(Path.of("/proc/cpuinfo"));
        String cpu = cpuinfo.stream()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .findFirst()
                .orElse(System.getProperty("os.arch"));
        long processors =
                cpuinfo.stream().filter(l -> l.startsWith("processor")).count();
        int cores = processors > 0 ? (int) processors : Runtime.getRuntime().availableProcessors();
        String memory = lines(Path.of("/proc/meminfo")).stream()
                .filter(l -> l.startsWith("MemTotal:"))
                .map(l -> l.replaceAll("[^0-9]", ""))
                .filter(kb -> !kb.isEmpty())
                .map(kb -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kb) / 1024.0 / 1024.0))
                .findFirst()
                .orElse("unknown");
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")";
        return new Machine(cpu, cores, memory, os, builtWith());
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The versions the build wrote into {@code versions.properties}, in file order. */
    static Map<String, String> builtWith() {
        Map<String, String> versions = new LinkedHashMap<>();
        try (InputStream in = Machine.class.getResourceAsStream("versions.properties")) {
            if (in == null) {
                return versions;
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)
                    .lines()
                    .toList();
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                // Properties parses the escapes; one line at a time keeps the file's order.
                Properties p = new Properties();
                p.load(new StringReader(line));
                p.stringPropertyNames().forEach(k -> versions.put(k, p.getProperty(k)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled versions.properties", e);
        }
        return versions;
    }
}
