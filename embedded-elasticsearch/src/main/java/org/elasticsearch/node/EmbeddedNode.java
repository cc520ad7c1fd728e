package org.elasticsearch.node;

import java.util.Collection;
import java.util.List;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * A {@link Node} whose plugins are classes on the classpath rather than the modules and plugins
 * directories of a distribution. It lives in this package because {@link NodeConstruction} and
 * {@link NodeServiceProvider} are package-private.
 */
public final class EmbeddedNode extends Node {

    public EmbeddedNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
        super(NodeConstruction.prepareConstruction(environment, null, new ClasspathPlugins(plugins), true));
    }

    /**
     * The stock listener stores the node and cluster ids in JVM-wide set-once holders for the log
     * pattern, so a second node (or a restart) in the same JVM would fail.
     */
    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
    }

    private static final class ClasspathPlugins extends NodeServiceProvider {

        private final List<Class<? extends Plugin>> plugins;

        ClasspathPlugins(Collection<Class<? extends Plugin>> plugins) {
            this.plugins = List.copyOf(plugins);
        }

        @Override
        PluginsService newPluginService(Environment environment, PluginsLoader ignored) {
            return new ClasspathPluginsService(environment.settings(), environment.configDir(), plugins);
        }
    }
}
