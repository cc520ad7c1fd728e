package org.elasticsearch.plugins;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.plugins.spi.SPIClassIterator;

/**
 * Plugins instantiated from classes already on the classpath. It lives in this package because
 * {@link PluginsService.LoadedPlugin} is package-private.
 */
public final class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> plugins;

    public ClasspathPluginsService(Settings settings, Path configDir, Collection<Class<? extends Plugin>> pluginClasses) {
        super(settings, configDir, new PluginsLoader(Set.of(), Set.of(), Map.of()));
        this.plugins = pluginClasses.stream()
                .map(type -> new LoadedPlugin(descriptorOf(type), loadPlugin(type, settings, configDir), type.getClassLoader()))
                .toList();
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return plugins;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(plugins.stream().map(p -> new PluginRuntimeInfo(p.descriptor())).toList(), List.of());
    }

    /**
     * All plugins share one class loader, so each of them would find every service entry on the
     * classpath and the stock implementation would create each provider once per plugin (the node
     * then rejects the duplicated features). Each provider class is created once here.
     */
    @Override
    public <T> List<? extends T> loadServiceProviders(Class<T> service) {
        Map<Class<? extends T>, T> providers = new LinkedHashMap<>();
        for (LoadedPlugin loaded : plugins) {
            Plugin plugin = loaded.instance();
            SPIClassIterator<T> types = SPIClassIterator.get(service, plugin.getClass().getClassLoader());
            while (types.hasNext()) {
                Class<? extends T> type = types.next();
                if (providers.containsKey(type) == false && acceptsPlugin(type, plugin)) {
                    providers.put(type, createExtension(type, service, plugin));
                }
            }
        }
        return List.copyOf(providers.values());
    }

    /** A provider whose constructor takes a plugin belongs to that plugin only. */
    private static boolean acceptsPlugin(Class<?> providerType, Plugin plugin) {
        for (Constructor<?> constructor : providerType.getConstructors()) {
            if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0].isInstance(plugin) == false) {
                return false;
            }
        }
        return true;
    }

    private static PluginDescriptor descriptorOf(Class<? extends Plugin> type) {
        return new PluginDescriptor(
                type.getSimpleName(),
                "loaded from the classpath",
                Build.current().version(),
                Build.current().version(),
                Integer.toString(Runtime.version().feature()),
                type.getName(),
                null,
                List.of(),
                false,
                false,
                false,
                false,
                PluginDescriptor.DeploymentTarget.ALL);
    }
}
