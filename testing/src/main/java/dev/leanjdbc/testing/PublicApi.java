package dev.leanjdbc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks of a module's published API, by reflection over the classes its build compiled: which members of
 * the public API mention {@code internal} types, which logger names the module's code uses, and which
 * logger names {@code docs/logging.md} documents for it.
 *
 * <p>The public API is every public class (and public nested class of one) outside packages with an
 * {@code internal} segment; its members are the public and protected constructors, methods and fields,
 * with their generic types, thrown exceptions, type-parameter bounds, superclass and interfaces.
 */
public final class PublicApi {

    private static final Pattern LOGGER_ROW =
            Pattern.compile("^\\|\\s*`(dev\\.leanjdbc[\\w.]*)`\\s*\\|\\s*([\\w-]+)\\s*\\|");

    private final Path classesDir;
    private final ClassLoader loader;

    private PublicApi(Path classesDir, ClassLoader loader) {
        this.classesDir = classesDir;
        this.loader = loader;
    }

    /** The module whose compiled classes hold {@code anchor} (its {@code target/classes} directory). */
    public static PublicApi ofModuleOf(Class<?> anchor) {
        try {
            Path dir = Path.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException(anchor.getName() + " was loaded from " + dir
                        + ", not from a classes directory; run the check from the module's own tests");
            }
            return new PublicApi(dir, anchor.getClassLoader());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + anchor.getName(), e);
        }
    }

    /** Every class the module compiled (nested and internal ones included), loaded without initialising. */
    public List<Class<?>> allClasses() {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classesDir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String name =
                        classesDir.relativize(f).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (name.endsWith("package-info") || name.endsWith("module-info")) {
                    continue;
                }
                classes.add(Class.forName(name, false, loader));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a compiled class cannot be loaded: " + e.getMessage(), e);
        }
        classes.sort((a, b) -> a.getName().compareTo(b.getName()));
        return classes;
    }

    /** The classes of the public API: public, reachable through public enclosing classes, not internal. */
    public List<Class<?>> apiClasses() {
        List<Class<?>> api = new ArrayList<>();
        for (Class<?> c : allClasses()) {
            if (isApi(c)) {
                api.add(c);
            }
        }
        return api;
    }

    private static boolean isApi(Class<?> c) {
        if (isInternal(c) || c.isSynthetic() || c.isAnonymousClass() || c.isLocalClass()) {
            return false;
        }
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} (or the element type of an array) is in a package with an {@code internal} segment. */
    public static boolean isInternal(Class<?> c) {
        while (c.isArray()) {
            c = c.getComponentType();
        }
        return ("." + c.getPackageName() + ".").contains(".internal.");
    }

    /**
     * One line per public or protected member of the public API that mentions an internal type: {@code
     * member: mentions type}. Empty when the API exposes none.
     */
    public List<String> internalTypeLeaks() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : apiClasses()) {
            String owner = c.getName();
            check(leaks, owner + " (supertype)", c.getGenericSuperclass());
            for (Type t : c.getGenericInterfaces()) {
                check(leaks, owner + " (supertype)", t);
            }
            for (TypeVariable<?> v : c.getTypeParameters()) {
                check(leaks, owner + " (type parameter " + v.getName() + ")", v);
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (visible(k.getModifiers()) && !k.isSynthetic()) {
                    checkExecutable(leaks, owner + "(" + params(k) + ")", k);
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    String name = owner + "#" + m.getName() + "(" + params(m) + ")";
                    check(leaks, name, m.getGenericReturnType());
                    checkExecutable(leaks, name, m);
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers()) && !f.isSynthetic()) {
                    check(leaks, owner + "#" + f.getName(), f.getGenericType());
                }
            }
        }
        return leaks;
    }

    /**
     * The public and protected constructors of the public API's classes (records apart), as {@code
     * Type(ParamType, ...)}, and its public static methods named {@code builder}: the ways a user can make the
     * API's objects directly.
     */
    public List<String> constructors() {
        List<String> out = new ArrayList<>();
        for (Class<?> c : apiClasses()) {
            // A record's canonical constructor comes with it: its components are its whole contract.
            if (c.isInterface() || c.isEnum() || c.isRecord() || Modifier.isAbstract(c.getModifiers())) {
                continue;
            }
            String owner =
                    c.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (visible(k.getModifiers()) && !k.isSynthetic()) {
                    out.add(owner + "(" + params(k) + ")");
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())
                        && Modifier.isStatic(m.getModifiers())
                        && m.getName().equals("builder")) {
                    out.add(owner + ".builder(" + params(m) + ")");
                }
            }
        }
        return out;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String params(Executable e) {
        return String.join(
                ", ",
                Arrays.stream(e.getParameterTypes()).map(Class::getSimpleName).toList());
    }

    private static void checkExecutable(List<String> leaks, String name, Executable e) {
        for (Type t : e.getGenericParameterTypes()) {
            check(leaks, name, t);
        }
        for (Type t : e.getGenericExceptionTypes()) {
            check(leaks, name, t);
        }
        for (TypeVariable<?> v : e.getTypeParameters()) {
            check(leaks, name, v);
        }
    }

    private static void check(List<String> leaks, String member, Type type) {
        Set<Class<?>> mentioned = new HashSet<>();
        collect(type, mentioned, new HashSet<>());
        for (Class<?> c : mentioned) {
            if (isInternal(c)) {
                leaks.add(member + ": mentions " + c.getName());
            }
        }
    }

    private static void collect(Type type, Set<Class<?>> out, Set<TypeVariable<?>> seen) {
        if (type == null) {
            return;
        }
        if (type instanceof Class<?> c) {
            out.add(c);
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), out, seen);
            collect(p.getOwnerType(), out, seen);
            for (Type a : p.getActualTypeArguments()) {
                collect(a, out, seen);
            }
        } else if (type instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                collect(b, out, seen);
            }
            for (Type b : w.getLowerBounds()) {
                collect(b, out, seen);
            }
        } else if (type instanceof GenericArrayType g) {
            collect(g.getGenericComponentType(), out, seen);
        } else if (type instanceof TypeVariable<?> v && seen.add(v)) {
            for (Type b : v.getBounds()) {
                collect(b, out, seen);
            }
        }
    }

    /**
     * The names of the SLF4J loggers the module's classes hold in static fields, each with the classes that
     * hold it. Initialises every class of the module (that is when such fields are set).
     */
    public TreeMap<String, Set<String>> loggerNames() {
        TreeMap<String, Set<String>> names = new TreeMap<>();
        for (Class<?> c : allClasses()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && org.slf4j.Logger.class.isAssignableFrom(f.getType())) {
                    try {
                        Class.forName(c.getName(), true, loader);
                        f.setAccessible(true);
                        org.slf4j.Logger logger = (org.slf4j.Logger) f.get(null);
                        names.computeIfAbsent(logger.getName(), k -> new TreeSet<>())
                                .add(c.getName());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read the logger " + c.getName() + "." + f.getName(), e);
                    }
                }
            }
        }
        return names;
    }

    /**
     * The logger names {@code docs/logging.md} lists for {@code module} (its table's first column, with the
     * module in the second), read from the repository's {@code docs} folder above the working directory.
     */
    public static Set<String> documentedLoggers(String module) {
        Set<String> names = new TreeSet<>();
        for (String line : loggingDoc()) {
            Matcher m = LOGGER_ROW.matcher(line);
            if (m.find() && m.group(2).equals(module)) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static List<String> loggingDoc() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve("docs/logging.md");
            if (Files.isRegularFile(doc)) {
                try {
                    return Files.readAllLines(doc);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException(
                "docs/logging.md not found above " + Path.of("").toAbsolutePath());
    }
}
