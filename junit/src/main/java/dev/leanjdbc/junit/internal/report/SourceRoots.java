package dev.leanjdbc.junit.internal.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a call site's {@code org/shop/OrderDao.java} into the path CI tools link to: the file found under
 * one of the source roots, relative to the repository root (the nearest directory up from the working
 * directory holding {@code .git}), since GitHub code scanning and annotations resolve paths against the
 * checkout. A file found under no root keeps its package path, which still names it.
 */
public final class SourceRoots {

    private final List<Path> roots = new ArrayList<>();
    private final Path base;

    /** @param roots comma-separated directories, relative to {@code workingDirectory} or absolute */
    public SourceRoots(Path workingDirectory, String roots) {
        Path wd = workingDirectory.toAbsolutePath().normalize();
        for (String r : roots.split(",")) {
            if (!r.isBlank()) {
                this.roots.add(wd.resolve(r.trim()).normalize());
            }
        }
        this.base = repositoryRoot(wd);
    }

    private static Path repositoryRoot(Path wd) {
        for (Path p = wd; p != null; p = p.getParent()) {
            // a file in a git worktree, a directory in a clone
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        return wd;
    }

    /** The path of {@code sourceFile} for CI tools, with forward slashes; null for null. */
    public String resolve(String sourceFile) {
        if (sourceFile == null) {
            return null;
        }
        for (Path root : roots) {
            Path candidate = root.resolve(sourceFile);
            if (Files.isRegularFile(candidate)) {
                return base.relativize(candidate).toString().replace('\\', '/');
            }
        }
        return sourceFile;
    }
}
