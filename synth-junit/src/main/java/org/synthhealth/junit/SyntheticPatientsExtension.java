package org.synthhealth.junit;

import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.migration.MigrationResult;
import org.synthhealth.junit.internal.CohortRequest;
import org.synthhealth.junit.internal.Declarations;
import org.synthhealth.junit.internal.FixtureDirectory;
import org.synthhealth.junit.internal.InjectionKind;
import org.synthhealth.junit.internal.Injector;
import org.synthhealth.junit.internal.MigrationDashboard;
import org.synthhealth.junit.internal.SeedReport;

/**
 * The JUnit Jupiter extension behind {@link SyntheticPatients}: resolves parameters, fills annotated fields, and on
 * a failure reports the seeds used and keeps the fixture files written.
 *
 * <p>Registered by the annotations themselves; registering it with {@code @ExtendWith} as well does no harm.
 * Stateless: everything it keeps lives in extension stores, so it is safe under parallel execution.
 *
 * @since 0.1.0
 */
public final class SyntheticPatientsExtension
        implements ParameterResolver, BeforeAllCallback, BeforeEachCallback, TestExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger("org.synthhealth.junit");

    /** Creates the extension; JUnit does this when it meets the annotation. */
    public SyntheticPatientsExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.isAnnotated(SyntheticPatients.class) || parameter.isAnnotated(FixtureFiles.class)
                || parameter.isAnnotated(MigrationSimulation.class)) {
            return true;
        }
        Optional<InjectionKind> kind = InjectionKind.of(parameter.getParameter().getParameterizedType());
        return kind.isPresent() && kind.get() != InjectionKind.FIXTURE_DIRECTORY
                && kind.get() != InjectionKind.MIGRATION_RESULT && Declarations.appliesTo(parameter, context);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String target = describe(parameter);
        try {
            InjectionKind kind = kind(parameter.getParameter().getParameterizedType(),
                    parameter.isAnnotated(FixtureFiles.class), parameter.isAnnotated(MigrationSimulation.class));
            CohortRequest request = Declarations.forParameter(parameter, context);
            return Injector.provide(new Injector.Point(target, kind, request,
                    parameter.findAnnotation(MigrationSimulation.class), parameter.findAnnotation(FixtureFiles.class),
                    context, loader(context)));
        } catch (InvalidInputException e) {
            throw new ParameterResolutionException(target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        for (Field field : annotatedFields(testClass, true)) {
            inject(field, null, context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Field field : annotatedFields(instance.getClass(), false)) {
                inject(field, instance, context);
            }
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        for (SeedReport.Entry entry : seedEntries(context)) {
            String line = entry.describe();
            throwable.addSuppressed(new SeedReport.Note(line));
            context.publishReportEntry("synth.seed", line);
            LOG.warn("{} failed: {}", context.getDisplayName(), line);
        }
        for (FixtureDirectory directory : Injector.fixtureDirectories(context)) {
            directory.keep();
            String line = "fixture files kept in " + directory.path().toAbsolutePath();
            throwable.addSuppressed(new SeedReport.Note(line));
            context.publishReportEntry("synth.fixtures", directory.path().toAbsolutePath().toString());
            LOG.warn("{} failed: {}", context.getDisplayName(), line);
        }
        List<MigrationResult> migrations = Injector.migrationResults(context);
        if (!migrations.isEmpty()) {
            Path page = MigrationDashboard.write(migrations);
            String line = "migration dashboard written to " + page.toUri();
            throwable.addSuppressed(new SeedReport.Note(line));
            context.publishReportEntry("synth.migration.report", page.toUri().toString());
            LOG.warn("{} failed: {}", context.getDisplayName(), line);
        }
        throw throwable;
    }

    private static List<SeedReport.Entry> seedEntries(ExtensionContext context) {
        List<SeedReport.Entry> entries = new ArrayList<>();
        Optional<ExtensionContext> current = Optional.of(context);
        while (current.isPresent()) {
            Injector.existingSeedReport(current.get()).ifPresent(r -> entries.addAll(0, r.entries()));
            current = current.get().getParent();
        }
        return entries;
    }

    private static void inject(Field field, Object instance, ExtensionContext context) {
        String target = "field " + field.getDeclaringClass().getSimpleName() + "." + field.getName();
        if (Modifier.isFinal(field.getModifiers())) {
            throw new ExtensionConfigurationException(target + " is final; remove 'final' so it can be injected");
        }
        try {
            InjectionKind kind = kind(field.getGenericType(), false,
                    AnnotationSupport.isAnnotated(field, MigrationSimulation.class));
            CohortRequest request = Declarations.forField(field);
            Object value = Injector.provide(new Injector.Point(target, kind, request,
                    AnnotationSupport.findAnnotation(field, MigrationSimulation.class), Optional.empty(), context,
                    loader(context)));
            field.setAccessible(true);
            field.set(instance, value);
        } catch (InvalidInputException e) {
            throw new ExtensionConfigurationException(target + ": " + e.getMessage(), e);
        } catch (IllegalAccessException e) {
            throw new ExtensionConfigurationException(target + " cannot be set: " + e.getMessage(), e);
        }
    }

    private static List<Field> annotatedFields(Class<?> type, boolean statics) {
        return AnnotationSupport.findAnnotatedFields(type, SyntheticPatients.class,
                f -> Modifier.isStatic(f.getModifiers()) == statics, HierarchyTraversalMode.TOP_DOWN);
    }

    /** The kind a declared type asks for, or a message naming what would work. */
    private static InjectionKind kind(Type type, boolean fixtureFiles, boolean migration) {
        Optional<InjectionKind> kind = InjectionKind.of(type);
        String shown = InjectionKind.describe(type);
        boolean isPath = kind.filter(k -> k == InjectionKind.FIXTURE_DIRECTORY).isPresent();
        boolean isResult = kind.filter(k -> k == InjectionKind.MIGRATION_RESULT).isPresent();
        if (fixtureFiles && !isPath) {
            throw new InvalidInputException("@FixtureFiles needs type java.nio.file.Path, found " + shown
                    + "; declare it as Path");
        }
        if (migration && !isResult) {
            throw new InvalidInputException("@MigrationSimulation needs type MigrationResult, found " + shown
                    + "; declare it as org.synthhealth.core.migration.MigrationResult");
        }
        if (kind.isEmpty()) {
            throw new InvalidInputException("type " + shown + " cannot receive synthetic patients; declare it as "
                    + InjectionKind.ACCEPTED);
        }
        if (isPath && !fixtureFiles) {
            throw new InvalidInputException("a Path receives fixture files only with @FixtureFiles; "
                    + "add @FixtureFiles(formats = ...)");
        }
        if (isResult && !migration) {
            throw new InvalidInputException("a MigrationResult needs @MigrationSimulation beside @SyntheticPatients; "
                    + "add it");
        }
        return kind.get();
    }

    private static ClassLoader loader(ExtensionContext context) {
        return context.getTestClass().map(Class::getClassLoader)
                .orElseGet(() -> Thread.currentThread().getContextClassLoader());
    }

    private static String describe(ParameterContext parameter) {
        Parameter p = parameter.getParameter();
        Executable executable = parameter.getDeclaringExecutable();
        String types = Arrays.stream(executable.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", "));
        String name = executable instanceof Method ? executable.getName() : "<init>";
        return "parameter '" + p.getName() + "' of " + executable.getDeclaringClass().getSimpleName() + "." + name
                + "(" + types + ")";
    }
}
