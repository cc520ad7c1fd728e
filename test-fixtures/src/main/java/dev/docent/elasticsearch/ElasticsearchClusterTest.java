package dev.docent.elasticsearch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against the suite's three-node cluster of child JVMs: see {@link ElasticsearchClusterExtension}.
 * Tagged {@code cluster}: {@code -Dgroups=cluster} runs these alone, {@code -DexcludedGroups=cluster}
 * leaves them out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("cluster")
@ExtendWith(ElasticsearchClusterExtension.class)
public @interface ElasticsearchClusterTest {
}
