package dev.docent.elasticsearch;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Hands an {@link ElasticsearchEndpoint} to a test the same way whichever fixture provides it: as a
 * parameter (constructors, test and lifecycle methods) or in the instance fields of that type.
 */
abstract class EndpointInjection implements ParameterResolver, TestInstancePostProcessor {

    abstract ElasticsearchEndpoint endpoint(ExtensionContext context);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ElasticsearchEndpoint.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return endpoint(context);
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        for (Class<?> type = testInstance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == ElasticsearchEndpoint.class && injectable(field)) {
                    field.setAccessible(true);
                    field.set(testInstance, endpoint(context));
                }
            }
        }
    }

    private static boolean injectable(Field field) {
        return Modifier.isStatic(field.getModifiers()) == false && Modifier.isFinal(field.getModifiers()) == false;
    }
}
