package dev.docent.elasticsearch;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Hands what a fixture provides (an {@link ElasticsearchEndpoint}, a {@link KillableCluster}) to a
 * test the same way whichever fixture it is: as a parameter (constructors, test and lifecycle
 * methods) or in the instance fields of that type.
 */
abstract class FixtureInjection<T> implements ParameterResolver, TestInstancePostProcessor {

    private final Class<T> type;

    FixtureInjection(Class<T> type) {
        this.type = type;
    }

    abstract T provided(ExtensionContext context);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == type;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return provided(context);
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        for (Class<?> declaring = testInstance.getClass(); declaring != Object.class; declaring = declaring.getSuperclass()) {
            for (Field field : declaring.getDeclaredFields()) {
                if (field.getType() == type && injectable(field)) {
                    field.setAccessible(true);
                    field.set(testInstance, provided(context));
                }
            }
        }
    }

    private static boolean injectable(Field field) {
        return Modifier.isStatic(field.getModifiers()) == false && Modifier.isFinal(field.getModifiers()) == false;
    }
}
