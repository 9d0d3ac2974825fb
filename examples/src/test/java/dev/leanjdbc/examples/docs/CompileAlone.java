package dev.leanjdbc.examples.docs;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a snippet's region on its own, with nothing but its file's package and imports around it: as the
 * members of an empty class, or else as the body of a method. A region that compiles only inside its file —
 * one that uses a field, a local variable or a parameter the page does not show — fails, so no page shows a
 * name it never declared.
 */
final class CompileAlone {

    private final Path output;
    private final String classPath;

    /** {@code output}: a scratch directory for class files; the class path: this test JVM's. */
    CompileAlone(Path output) {
        this.output = output;
        String surefire = System.getProperty("surefire.test.class.path");
        this.classPath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** {@code null} when {@code region} of {@code source} compiles alone, else javac's first errors. */
    String errors(String source, String region, String name) throws IOException {
        StringBuilder header = new StringBuilder();
        for (String line : source.lines().toList()) {
            if (line.startsWith("package ") || line.startsWith("import ")) {
                header.append(line).append('\n');
            }
        }
        String asMembers = header + "final class " + name + " {\n" + region + "}\n";
        String members = compile(name, asMembers);
        if (members == null) {
            return null;
        }
        String asBody = header + "final class " + name + " {\nvoid run() throws Exception {\n" + region + "}\n}\n";
        String body = compile(name, asBody);
        return body == null ? null : "as class members:\n" + members + "as a method body:\n" + body;
    }

    private String compile(String name, String code) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Files.createDirectories(output);
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            JavaFileObject unit =
                    new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
                        @Override
                        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                            return code;
                        }
                    };
            List<String> options = List.of(
                    "-classpath", classPath, "-d", output.toString(), "-proc:none", "-implicit:none", "-nowarn");
            boolean ok = javac.getTask(null, files, diagnostics, options, null, List.of(unit))
                    .call();
            if (ok) {
                return null;
            }
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR && errors.size() < 5) {
                // javac's first line says what ("cannot find symbol"), a "symbol:" line says which.
                List<String> lines = d.getMessage(Locale.ROOT).lines().toList();
                String symbol = lines.stream()
                        .filter(l -> l.strip().startsWith("symbol:"))
                        .map(l -> ", " + l.strip())
                        .findFirst()
                        .orElse("");
                errors.add("  " + lines.get(0) + symbol + " (line " + d.getLineNumber() + ")");
            }
        }
        return String.join("\n", errors) + "\n";
    }
}
