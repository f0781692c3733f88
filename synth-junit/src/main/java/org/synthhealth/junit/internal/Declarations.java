package org.synthhealth.junit.internal;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.synthhealth.junit.SyntheticPatients;

/**
 * Finds the {@link SyntheticPatients} declarations that apply to an injection point: on the point itself (directly
 * or through a composed annotation), on its method, on its class and on the classes enclosing a {@code @Nested}
 * class.
 */
public final class Declarations {

    private Declarations() {
    }

    /** Whether a declaration applies to the parameter, on itself or anywhere outside it. */
    public static boolean appliesTo(ParameterContext parameter, ExtensionContext context) {
        return parameter.isAnnotated(SyntheticPatients.class) || !outer(parameter, context).isEmpty();
    }

    /** The merged request of a parameter. */
    public static CohortRequest forParameter(ParameterContext parameter, ExtensionContext context) {
        CohortRequest request = parameter.findAnnotation(SyntheticPatients.class)
                .map(CohortRequest::of).orElse(CohortRequest.empty());
        for (SyntheticPatients outer : outer(parameter, context)) {
            request = request.orElse(CohortRequest.of(outer));
        }
        return request;
    }

    /** The merged request of a field. */
    public static CohortRequest forField(Field field) {
        CohortRequest request = AnnotationSupport.findAnnotation(field, SyntheticPatients.class)
                .map(CohortRequest::of).orElse(CohortRequest.empty());
        for (SyntheticPatients outer : onClasses(field.getDeclaringClass())) {
            request = request.orElse(CohortRequest.of(outer));
        }
        return request;
    }

    private static List<SyntheticPatients> outer(ParameterContext parameter, ExtensionContext context) {
        List<SyntheticPatients> found = new ArrayList<>();
        find(parameter.getDeclaringExecutable()).ifPresent(found::add);
        Class<?> testClass = context.getTestClass().orElse(parameter.getDeclaringExecutable().getDeclaringClass());
        found.addAll(onClasses(testClass));
        return found;
    }

    /** The class's declarations, then those of the classes enclosing it when it is an inner ({@code @Nested}) class. */
    private static List<SyntheticPatients> onClasses(Class<?> start) {
        List<SyntheticPatients> found = new ArrayList<>();
        Class<?> current = start;
        while (current != null) {
            find(current).ifPresent(found::add);
            boolean inner = current.getEnclosingClass() != null && !Modifier.isStatic(current.getModifiers());
            current = inner ? current.getEnclosingClass() : null;
        }
        return found;
    }

    private static Optional<SyntheticPatients> find(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, SyntheticPatients.class);
    }
}
